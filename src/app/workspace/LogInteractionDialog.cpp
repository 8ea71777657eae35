#include "workspace/LogInteractionDialog.h"

#include "domain/FollowUpDays.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"
#include "ui_LogInteractionDialog.h"
#include "widgets/DisplayText.h"
#include "widgets/MoneyText.h"
#include "workspace/CustomerCompleter.h"
#include "workspace/EditCustomerCommand.h"
#include "workspace/LogInteractionCommand.h"
#include "workspace/ProductPicker.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace rapport::app {

namespace {
// A follow-up is due at the start of the working day.
constexpr int kFollowUpHour = 9;
constexpr int kDefaultFollowUpDays = 7;
// How much of an open follow-up's note the completion check box quotes.
constexpr int kNoteChars = 60;
} // namespace

LogInteractionDialog::LogInteractionDialog(DatabaseSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LogInteractionDialog>()), m_session(session),
      m_customerCompleter(nullptr), m_productPicker(nullptr)
{
    m_ui->setupUi(this);
    m_customerCompleter = new CustomerCompleter(session, m_ui->customerLineEdit);
    // Purchases, complaints and support may name a product: picked by typing part of its name or
    // ID, between the time and the amount.
    m_productPicker = new ProductPicker(session, this);
    auto* productLabel = new QLabel(tr("&Product:"), this);
    productLabel->setObjectName(QStringLiteral("productLabel"));
    productLabel->setBuddy(m_productPicker);
    m_ui->formLayout->insertRow(3, productLabel, m_productPicker);
    setTabOrder(m_ui->occurredAtDateTimeEdit, m_productPicker);
    setTabOrder(m_productPicker, m_ui->amountLineEdit);
    const std::array kinds{core::InteractionKind::Call,      core::InteractionKind::Email,
                           core::InteractionKind::Meeting,   core::InteractionKind::Purchase,
                           core::InteractionKind::Complaint, core::InteractionKind::Support,
                           core::InteractionKind::FollowUp,  core::InteractionKind::Note};
    for (core::InteractionKind kind : kinds)
        m_ui->kindComboBox->addItem(DisplayText::kind(kind), static_cast<int>(kind));

    connect(m_customerCompleter, &CustomerCompleter::customerPicked, m_ui->errorLabel, &QLabel::clear);
    connect(m_customerCompleter, &CustomerCompleter::customerPicked, this,
            &LogInteractionDialog::updateOpenFollowUp);
    // Typing over the name forgets the picked customer, and with it their follow-up.
    connect(m_ui->customerLineEdit, &QLineEdit::textEdited, this, &LogInteractionDialog::updateOpenFollowUp);

    const QDateTime now = session.clock().nowUtc().toLocalTime();
    m_ui->occurredAtDateTimeEdit->setDateTime(now);
    m_ui->followUpDateEdit->setDate(now.date().addDays(kDefaultFollowUpDays));
    m_ui->followUpDateEdit->setEnabled(false);
    connect(m_ui->followUpCheckBox, &QCheckBox::toggled, m_ui->followUpDateEdit, &QWidget::setEnabled);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &LogInteractionDialog::updateFields);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &LogInteractionDialog::updateReturned);
    // Only a purchase after the churn date brings a customer back.
    connect(m_ui->occurredAtDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this,
            &LogInteractionDialog::updateReturned);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LogInteractionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LogInteractionDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    updateFields();
}

LogInteractionDialog::~LogInteractionDialog() = default;

void LogInteractionDialog::setCustomer(qint64 customerId)
{
    m_customerCompleter->setCustomer(customerId);
    if (m_customerCompleter->customerId() != 0)
        m_ui->kindComboBox->setFocus();
    updateOpenFollowUp();
}

void LogInteractionDialog::updateReturned()
{
    // A purchase from a customer marked as churned says they are back (issue 20): offer to
    // mark them active, ticked, rather than keep counting them as lost.
    m_churnedCustomer.reset();
    const qint64 id = m_customerCompleter->customerId();
    const auto kind = static_cast<core::InteractionKind>(m_ui->kindComboBox->currentData().toInt());
    if (id != 0 && kind == core::InteractionKind::Purchase && m_session.isOpen()) {
        auto offer = core::CustomerService(m_session.database())
                         .returnOffer(id, m_ui->occurredAtDateTimeEdit->dateTime().toUTC());
        if (offer && *offer)
            m_churnedCustomer = **offer;
    }
    QCheckBox* box = m_ui->returnedCheckBox;
    if (!m_churnedCustomer) {
        box->hide();
        return;
    }
    box->setText(tr("%1 churned on %2: mark them as &returned")
                     .arg(m_churnedCustomer->name, DisplayText::date(m_churnedCustomer->churnedAt)));
    box->setChecked(true);
    box->show();
}

void LogInteractionDialog::updateOpenFollowUp()
{
    updateReturned();
    m_openFollowUp = {};
    const qint64 customer = m_customerCompleter->customerId();
    if (customer != 0 && m_session.isOpen()) {
        auto open = core::FollowUpService(m_session.database()).openForCustomer(customer);
        if (open && !open->empty())
            m_openFollowUp = open->front();
    }
    QCheckBox* box = m_ui->completeFollowUpCheckBox;
    if (m_openFollowUp.id == 0) {
        box->setChecked(false);
        box->hide();
        return;
    }
    const QString due = DisplayText::date(m_openFollowUp.dueAt);
    QString note = m_openFollowUp.note.simplified();
    if (note.size() > kNoteChars) // the whole note is in the tooltip
        note = note.left(kNoteChars - 1) + QChar(0x2026);
    box->setText(note.isEmpty() ? tr("Co&mplete the follow-up due %1").arg(due)
                                : tr("Co&mplete the follow-up \u201c%1\u201d due %2").arg(note, due));
    box->setToolTip(m_openFollowUp.note);
    // Ticked when it is due by the end of today: a contact today is most likely that
    // follow-up; one planned for later is left open unless the user says otherwise.
    const core::FollowUpDays days(m_session.clock().nowUtc());
    box->setChecked(m_openFollowUp.dueAt < days.startOfTomorrow());
    box->show();
}

qint64 LogInteractionDialog::customerId() const
{
    return m_customerCompleter->customerId();
}

void LogInteractionDialog::updateFields()
{
    const auto kind = static_cast<core::InteractionKind>(m_ui->kindComboBox->currentData().toInt());
    const bool purchase = kind == core::InteractionKind::Purchase;
    const bool complaint = kind == core::InteractionKind::Complaint;
    const bool categorised = complaint || kind == core::InteractionKind::Support;
    m_ui->amountLabel->setEnabled(purchase);
    m_ui->amountLineEdit->setEnabled(purchase);
    m_ui->categoryLabel->setEnabled(categorised);
    m_ui->categoryLineEdit->setEnabled(categorised);
    m_ui->resolvedCheckBox->setEnabled(complaint);
    const bool productKind = purchase || categorised;
    m_productPicker->setEnabled(productKind);
    if (QWidget* label = m_ui->formLayout->labelForField(m_productPicker))
        label->setEnabled(productKind);
}

QString LogInteractionDialog::build(core::Interaction& interaction,
                                    std::optional<core::FollowUpTask>& followUp)
{
    QString error;
    const qint64 customerId = m_customerCompleter->resolve(error);
    if (customerId == 0)
        return error;
    interaction.customerId = customerId;
    interaction.repId = m_session.currentRep();
    interaction.kind = static_cast<core::InteractionKind>(m_ui->kindComboBox->currentData().toInt());
    interaction.occurredAt = m_ui->occurredAtDateTimeEdit->dateTime().toUTC();
    interaction.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    if (interaction.kind == core::InteractionKind::Purchase) {
        auto cents = MoneyText::parseCents(m_ui->amountLineEdit->text());
        if (!cents)
            return tr("The amount is not valid: %1").arg(cents.error().message);
        interaction.amountCents = *cents;
    }
    if (m_ui->categoryLineEdit->isEnabled())
        interaction.category = m_ui->categoryLineEdit->text().trimmed();
    if (m_productPicker->isEnabled()) {
        const auto product = m_productPicker->resolve(error);
        if (!error.isEmpty())
            return error;
        interaction.productId = product;
    }
    if (interaction.kind == core::InteractionKind::Complaint && m_ui->resolvedCheckBox->isChecked())
        interaction.resolvedAt = std::max(m_session.clock().nowUtc(), interaction.occurredAt);
    if (m_ui->followUpCheckBox->isChecked()) {
        const QDate day = m_ui->followUpDateEdit->date();
        if (day < interaction.occurredAt.toLocalTime().date())
            return tr("The follow-up date is before the interaction.");
        core::FollowUpTask task;
        task.repId = m_session.currentRep();
        task.dueAt = QDateTime(day, QTime(kFollowUpHour, 0)).toUTC();
        task.note = interaction.notes;
        followUp = task;
    }
    return {};
}

void LogInteractionDialog::accept()
{
    if (!m_session.isOpen())
        return;
    core::Interaction interaction;
    std::optional<core::FollowUpTask> followUp;
    if (const QString error = build(interaction, followUp); !error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        return;
    }
    // Only the follow-up of the customer the interaction is logged for (the name may have been
    // typed over since it was offered).
    std::optional<core::FollowUpRef> completes;
    if (!m_ui->completeFollowUpCheckBox->isHidden() && m_ui->completeFollowUpCheckBox->isChecked() &&
        m_openFollowUp.customerId == interaction.customerId)
        completes = core::FollowUpRef{m_openFollowUp.id, m_openFollowUp.version};
    auto* command =
        new LogInteractionCommand(m_session, std::move(interaction), std::move(followUp), completes);
    // A failure was reported by the session; keep the dialog open so nothing typed is lost.
    if (!WriteCommand::push(m_session.undoStack(), command))
        return;
    if (m_churnedCustomer && !m_ui->returnedCheckBox->isHidden() && m_ui->returnedCheckBox->isChecked() &&
        m_churnedCustomer->id == customerId()) {
        core::Customer back = *m_churnedCustomer;
        back.churnedAt = {};
        // Its own undo step: the purchase stays logged whatever happens to this one.
        WriteCommand::push(m_session.undoStack(),
                           new EditCustomerCommand(m_session, *m_churnedCustomer, back,
                                                   tr("Mark %1 as returned").arg(m_churnedCustomer->name)));
    }
    QDialog::accept();
}

} // namespace rapport::app
