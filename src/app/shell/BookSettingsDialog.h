#pragma once

#include <QDialog>

class QAction;
class QComboBox;
class QStatusBar;

namespace rapport::app {

class DatabaseSession;

// File › Book Settings…: the settings that belong to the open book and so to everyone who
// opens it, for now its currency. A change is an undoable command (SetCurrencyCommand).
class BookSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `current` is the book's code, empty when it has none yet (the locale's currency, or EUR,
    // is then offered, never stored without the user's OK).
    explicit BookSettingsDialog(const QString& current, QWidget* parent = nullptr);

    QString currency() const;
    // What a book without a currency is offered: the locale's, when known, else EUR.
    static QString suggestedCurrency();

    // Asks and, on OK with another code, pushes the command. Whether the book changed.
    static bool edit(DatabaseSession& session, QWidget* parent);
    // The menu action, enabled while a book is open.
    static QAction* createAction(DatabaseSession& session, QWidget* window);
    // Once per book without a currency and run of the program: a status bar note that its amounts have no
    // symbol and where to choose one (a wrong guess would mislead a whole team).
    static void hintWhenMissing(DatabaseSession& session, QStatusBar* statusBar);

private:
    QComboBox* m_currency;
};

} // namespace rapport::app
