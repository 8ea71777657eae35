#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport::app {

class ChurnReasonTableModel;
class DatabaseSession;

// Customers › Churn Reasons…: the team's list of reasons a customer may leave for, with how
// many left for each. A manager adds reasons (Insert), renames or merges one into another (F2)
// and takes off the list one nobody gave (Delete). Each change is one step of Edit › Undo
// (Ctrl+Z works here too). A rep on a team server sees the list and cannot change it.
class ChurnReasonListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnReasonListDialog)

public:
    ChurnReasonListDialog(DatabaseSession& session, QWidget* parent = nullptr);

    // Reads the list again, keeping the reason `select` (a key) current when given.
    void reload(const QString& select = {});
    // The key of the current row, empty when none.
    QString currentKey() const;

    // The steps behind the buttons, for the buttons and for tests: each asks what it needs.
    void addReason();
    void renameCurrent();
    void removeCurrent();

private:
    // The key that `text` names: a listed reason as it reads ("product quality") or a key.
    QString keyFor(const QString& text) const;
    void updateButtons();

    DatabaseSession& m_session;
    ChurnReasonTableModel* m_model;
    QTableView* m_table;
    QLabel* m_rights;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_remove;
    bool m_canChange = false;
};

} // namespace rapport::app
