#include "workspace/CustomerDialog.h"

#include "common/DateText.h"
#include "domain/EmailAddress.h"
#include "services/CustomerService.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::app {

CustomerDialog::CustomerDialog(DatabaseSession& session, const core::Customer& customer, QWidget* parent)
    : QDialog(parent), m_session(session), m_original(customer), m_nameLineEdit(new QLineEdit(this)),
      m_companyLineEdit(new QLineEdit(this)), m_emailLineEdit(new QLineEdit(this)),
      m_phoneLineEdit(new QLineEdit(this)), m_segmentComboBox(new QComboBox(this)),
      m_ownerComboBox(new QComboBox(this)), m_externalIdLineEdit(new QLineEdit(this)),
      m_acquiredDateEdit(new QDateEdit(this)), m_errorLabel(new QLabel(this))
{
    setWindowTitle(customer.id == 0 ? tr("New Customer") : tr("Edit Customer"));
    setObjectName(QStringLiteral("customerDialog"));
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_companyLineEdit->setObjectName(QStringLiteral("companyLineEdit"));
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_phoneLineEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_segmentComboBox->setObjectName(QStringLiteral("segmentComboBox"));
    m_ownerComboBox->setObjectName(QStringLiteral("ownerComboBox"));
    m_externalIdLineEdit->setObjectName(QStringLiteral("externalIdLineEdit"));
    m_acquiredDateEdit->setObjectName(QStringLiteral("acquiredDateEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Company:"), m_companyLineEdit);
    form->addRow(tr("&E-mail:"), m_emailLineEdit);
    form->addRow(tr("&Phone:"), m_phoneLineEdit);
    form->addRow(tr("&Segment:"), m_segmentComboBox);
    form->addRow(tr("&Owner:"), m_ownerComboBox);
    form->addRow(tr("Customer n&umber:"), m_externalIdLineEdit);
    form->addRow(tr("Customer s&ince:"), m_acquiredDateEdit);
    m_nameLineEdit->setAccessibleName(tr("Name"));
    m_companyLineEdit->setAccessibleName(tr("Company"));
    m_emailLineEdit->setAccessibleName(tr("E-mail"));
    m_phoneLineEdit->setAccessibleName(tr("Phone"));
    m_segmentComboBox->setAccessibleName(tr("Segment"));
    m_ownerComboBox->setAccessibleName(tr("Owner"));
    m_externalIdLineEdit->setAccessibleName(tr("Customer number"));
    m_externalIdLineEdit->setToolTip(
        tr("The customer's identifier in your other systems; it must be unique."));
    m_acquiredDateEdit->setAccessibleName(tr("Customer since"));
    m_acquiredDateEdit->setCalendarPopup(true);
    m_acquiredDateEdit->setDisplayFormat(core::DateText::dateFormat());
    m_segmentComboBox->setEditable(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    m_segmentComboBox->addItem(QString());
    m_ownerComboBox->addItem(tr("(nobody)"), QString());
    if (session.isOpen()) {
        if (auto segments = core::CustomerService(session.database()).segments())
            m_segmentComboBox->addItems(*segments);
        if (auto reps = core::RepService(session.database()).list())
            for (const core::Rep& rep : *reps)
                m_ownerComboBox->addItem(rep.name, rep.id);
    }

    m_nameLineEdit->setText(customer.name);
    m_companyLineEdit->setText(customer.company);
    m_emailLineEdit->setText(customer.email);
    m_phoneLineEdit->setText(customer.phone);
    m_segmentComboBox->setCurrentText(customer.segment);
    const QString owner =
        customer.id == 0 && customer.owner.isEmpty() ? session.currentRep() : customer.owner;
    m_ownerComboBox->setCurrentIndex(std::max(0, m_ownerComboBox->findData(owner)));
    m_externalIdLineEdit->setText(customer.externalId);
    const QDateTime acquired = customer.acquiredAt.isValid() ? customer.acquiredAt : session.clock().nowUtc();
    m_acquiredDateEdit->setDate(acquired.toLocalTime().date());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

CustomerDialog::~CustomerDialog() = default;

core::Customer CustomerDialog::customer() const
{
    core::Customer c = m_original;
    c.name = m_nameLineEdit->text().trimmed();
    c.company = m_companyLineEdit->text().trimmed();
    c.email = m_emailLineEdit->text().trimmed();
    c.phone = m_phoneLineEdit->text().trimmed();
    c.segment = m_segmentComboBox->currentText().trimmed();
    c.owner = m_ownerComboBox->currentData().toString();
    c.externalId = m_externalIdLineEdit->text().trimmed();
    // The day the user picked, at midnight local time; unchanged if the day did not change.
    const QDate day = m_acquiredDateEdit->date();
    if (!m_original.acquiredAt.isValid() || m_original.acquiredAt.toLocalTime().date() != day)
        c.acquiredAt = QDateTime(day, QTime(0, 0)).toUTC();
    return c;
}

QString CustomerDialog::validationError() const
{
    const core::Customer c = customer();
    if (c.name.isEmpty())
        return tr("Please enter the customer's name.");
    if (c.externalId.isEmpty())
        return tr("Please enter a customer number.");
    if (!c.email.isEmpty() && !core::EmailAddress::looksValid(c.email))
        return tr("“%1” does not look like an e-mail address.").arg(c.email);
    if (c.churnedAt.isValid() && c.churnedAt < c.acquiredAt)
        return tr("The customer cannot have been acquired after they churned.");
    if (m_session.isOpen()) {
        auto existing = core::CustomerService(m_session.database()).findByExternalId(c.externalId);
        if (existing && *existing && (*existing)->id != c.id)
            return tr("Another customer already has the number “%1”.").arg(c.externalId);
    }
    return {};
}

void CustomerDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_errorLabel->setText(error);
        m_errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace rapport::app
