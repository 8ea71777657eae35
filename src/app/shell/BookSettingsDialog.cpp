#include "shell/BookSettingsDialog.h"

#include "common/Currency.h"
#include "services/BookSettingsService.h"
#include "shell/DatabaseSession.h"
#include "shell/SetCurrencyCommand.h"
#include "widgets/MoneyText.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {

BookSettingsDialog::BookSettingsDialog(const QString& current, QWidget* parent)
    : QDialog(parent), m_currency(new QComboBox(this))
{
    setObjectName(QStringLiteral("bookSettingsDialog"));
    setWindowTitle(tr("Book Settings"));
    // The wrapped note would let the dialog shrink below a readable width.
    setMinimumSize(380, 150);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    for (const QString& code : core::Currency::knownCodes()) {
        const QString symbol = core::Currency::symbol(code);
        m_currency->addItem(symbol == code ? code : tr("%1 (%2)").arg(code, symbol), code);
    }
    // A code this Qt does not know (stored by a newer client) is offered as it is: OK must
    // not quietly replace it.
    if (!current.isEmpty() && m_currency->findData(current) < 0)
        m_currency->insertItem(0, current, current);
    const QString offered = current.isEmpty() ? suggestedCurrency() : current;
    m_currency->setCurrentIndex(m_currency->findData(offered));

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Currency:"), this);
    label->setBuddy(m_currency);
    form->addRow(label, m_currency);
    QString text = tr("The currency of this book's amounts, for everyone who opens it. "
                      "Changing it converts nothing: it changes the symbol shown.");
    if (current.isEmpty()) // say that the choice shown is a suggestion, not what is stored
        text.prepend(tr("This book has no currency yet; %1 is suggested.").arg(offered) + QLatin1Char(' '));
    auto* note = new QLabel(text, this);
    note->setObjectName(QStringLiteral("currencyNote"));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_currency->setFocus();
}

QString BookSettingsDialog::suggestedCurrency()
{
    // The user's own currency, else the euro.
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return core::Currency::knownCodes().contains(local) ? local : QStringLiteral("EUR");
}

QString BookSettingsDialog::currency() const
{
    return m_currency->currentData().toString();
}

bool BookSettingsDialog::edit(DatabaseSession& session, QWidget* parent)
{
    if (!session.isOpen())
        return false;
    // The stored value, not the window's copy: a teammate may have changed it since the book
    // was opened, and the change and its undo are conditional on what was read here.
    auto stored = core::BookSettingsService(session.database()).currency();
    if (!stored) {
        session.reportError(tr("The book's settings could not be read."), stored.error());
        return false;
    }
    const QString before = *stored;
    BookSettingsDialog dialog(before, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.currency() == before)
        return false;
    return WriteCommand::push(session.undoStack(),
                              new SetCurrencyCommand(session, before, dialog.currency()));
}

QAction* BookSettingsDialog::createAction(DatabaseSession& session, QWidget* window)
{
    auto* action = new QAction(tr("Book &Settings…"), window);
    action->setObjectName(QStringLiteral("bookSettingsAction"));
    // A rep on a team server cannot change the book's settings (the server refuses it), so the
    // command is not offered to them.
    auto mayChange = [&session] {
        if (!session.isOpen())
            return false;
        auto may = core::BookSettingsService(session.database()).canChange();
        return may && *may;
    };
    action->setEnabled(mayChange());
    connect(&session, &DatabaseSession::opened, action,
            [action, mayChange] { action->setEnabled(mayChange()); });
    connect(&session, &DatabaseSession::closed, action, [action] { action->setEnabled(false); });
    connect(action, &QAction::triggered, window, [&session, window] { edit(session, window); });
    return action;
}

void BookSettingsDialog::hintWhenMissing(DatabaseSession& session, QStatusBar* statusBar)
{
    connect(&session, &DatabaseSession::opened, statusBar, [&session, statusBar] {
        // Once per book and run: opening it again says nothing new.
        static QSet<QString> told;
        if (!MoneyText::currency().isEmpty() || told.contains(session.rememberedAddress()))
            return;
        told.insert(session.rememberedAddress());
        statusBar->showMessage(tr("This book has no currency yet, so amounts are shown without a symbol. "
                                  "Choose one in File › Book Settings…"),
                               30000);
    });
}

} // namespace rapport::app
