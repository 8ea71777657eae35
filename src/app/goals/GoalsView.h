#pragma once

#include "domain/GoalChanges.h"

#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace rapport::core {
class Clock;
}

namespace rapport::app {

class DatabaseSession;
class GoalCheckInDialog;
class GoalDialog;
class GoalTableModel;

// The KPI goals: each with its progress bar and status from GoalEvaluator (at the
// clock's "now"), overdue check-ins flagged; create, edit, delete, check in, and the
// selected goal's check-in history.
class GoalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsView)

public:
    GoalsView(DatabaseSession& session, const core::Clock& clock, QWidget* parent = nullptr);

    GoalTableModel& model() const { return *m_model; }

    // Tests drive the dialogs without an event loop: when a hook is set it runs instead of
    // exec() and the dialog's result() after it decides (accept() or leave rejected).
    void setGoalDialogHook(std::function<void(GoalDialog&)> hook) { m_goalHook = std::move(hook); }
    void setCheckInDialogHook(std::function<void(GoalCheckInDialog&)> hook)
    {
        m_checkInHook = std::move(hook);
    }

    void selectGoal(qint64 id);
    qint64 selectedGoalId() const;

public slots:
    void refresh();
    void newGoal();
    void editGoal();
    void checkIn();
    void deleteGoal();

private:
    // Edits through the undo stack; an edit that clashes with someone else's save asks field
    // by field (GoalConflictDialog) and saves what the person chose on top of their save.
    void pushEdit(const core::KpiGoal& before, const core::KpiGoal& after);
    void resolveConflict(const core::GoalConflict& conflict, const core::KpiGoal& mine,
                         const std::vector<core::GoalField>& edited);
    void showCheckIns();
    void updateButtons();

    DatabaseSession& m_session;
    const core::Clock& m_clock;
    GoalTableModel* m_model;
    QTableView* m_view;
    QTableWidget* m_checkIns;
    QLabel* m_status;
    QPushButton* m_edit;
    QPushButton* m_checkIn;
    QPushButton* m_delete;
    std::function<void(GoalDialog&)> m_goalHook;
    std::function<void(GoalCheckInDialog&)> m_checkInHook;
};

} // namespace rapport::app
