#include "workspace/ChurnReasonDialog.h"

#include "interchange/ValueParsers.h"
#include "services/ChurnReasonService.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

ChurnReasonDialog::ChurnReasonDialog(const QString& customerName, const QStringList& choices, QWidget* parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("churnReasonDialog"));
    setWindowTitle(tr("Mark Churned"));
    m_reason->setObjectName(QStringLiteral("churnReasonCombo"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItem(QString(), QString()); // no reason given
    for (const QString& key : choices)
        m_reason->addItem(readable(key), key);
    m_reason->lineEdit()->setPlaceholderText(tr("Why did they leave? (optional)"));
    m_reason->setCurrentIndex(0);

    auto* text = new QLabel(tr("%1 will be marked as churned as of now.").arg(customerName), this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    form->addRow(label, m_reason);
    m_note->setObjectName(QStringLiteral("churnNoteEdit"));
    m_note->setPlaceholderText(tr("What did they say? (optional)"));
    m_note->setMaxLength(2000);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    auto* note = new QLabel(tr("Pick a reason the team already uses, or type a new one. The churn "
                               "figures count customers by reason; none given counts as unknown. "
                               "The note goes on the customer's timeline."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Churned"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_reason->setFocus();
}

QString ChurnReasonDialog::reason() const
{
    // A choice from the list carries its key; typed text becomes one.
    const QString typed = m_reason->currentText();
    const int listed = m_reason->findText(typed);
    if (listed >= 0)
        return m_reason->itemData(listed).toString();
    return core::ValueParsers::reasonKey(typed);
}

QString ChurnReasonDialog::note() const
{
    return m_note->text().trimmed();
}

QString ChurnReasonDialog::readable(const QString& key)
{
    return DisplayText::churnReason(key);
}

std::optional<ChurnReasonDialog::Answer> ChurnReasonDialog::ask(DatabaseSession& session,
                                                                const QString& customerName, QWidget* parent)
{
    auto choices = core::ChurnReasonService(session.database()).choices();
    if (!choices) {
        session.reportError(tr("The churn reasons could not be read."), choices.error());
        return std::nullopt;
    }
    ChurnReasonDialog dialog(customerName, *choices, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{dialog.reason(), dialog.note()};
}

} // namespace rapport::app
