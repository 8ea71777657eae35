#include "winback/OutreachDialog.h"

#include "widgets/DisplayText.h"
#include "winback/WinBackTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

OutreachDialog::OutreachDialog(const QString& customerName, const QDateTime& now, QWidget* parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_when(new QDateTimeEdit(now.toLocalTime(), this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("outreachDialog"));
    setWindowTitle(tr("Win-back Outreach"));
    m_kind->setObjectName(QStringLiteral("outreachKindComboBox"));
    m_outcome->setObjectName(QStringLiteral("outreachOutcomeComboBox"));
    m_when->setObjectName(QStringLiteral("outreachWhenEdit"));
    m_notes->setObjectName(QStringLiteral("outreachNotesEdit"));
    for (core::InteractionKind kind :
         {core::InteractionKind::Call, core::InteractionKind::Email, core::InteractionKind::Meeting})
        m_kind->addItem(DisplayText::kind(kind), static_cast<int>(kind));
    for (core::WinBackOutcome outcome :
         {core::WinBackOutcome::NoAnswer, core::WinBackOutcome::Declined, core::WinBackOutcome::WonBack})
        m_outcome->addItem(WinBackTableModel::outcomeText(outcome), static_cast<int>(outcome));
    m_outcome->setToolTip(tr("“Won back” records what they said; they count as back once they buy again"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What did they say? What would bring them back?"));

    auto* intro = new QLabel(tr("How did the attempt to win back %1 go?").arg(customerName), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&By:"), m_kind);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_kind->setFocus();
}

core::InteractionKind OutreachDialog::kind() const
{
    return static_cast<core::InteractionKind>(m_kind->currentData().toInt());
}

core::WinBackOutcome OutreachDialog::outcome() const
{
    return static_cast<core::WinBackOutcome>(m_outcome->currentData().toInt());
}

QDateTime OutreachDialog::occurredAt() const
{
    return m_when->dateTime().toUTC();
}

QString OutreachDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

} // namespace rapport::app
