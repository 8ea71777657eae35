#pragma once

#include "domain/ActionPlan.h"
#include "domain/ActionPlanChanges.h"
#include "reflection/ActionPlanTracker.h"

#include <QDialog>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rapport::app {

class DatabaseSession;

// One action plan and its life: what it says, its progress measured from the data, its steps
// (tick, untick, add), its check-ins (record one), its revision history, and the ways to
// adjust, complete, abandon or reopen it. Every change goes through the session's undo stack.
class PlanDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDetailDialog)

public:
    PlanDetailDialog(DatabaseSession& session, qint64 planId, QWidget* parent = nullptr);

    // Reads the plan, its progress and its records again (also on every session change).
    void reload();

    // What the buttons do; each returns false when nothing was written.
    bool recordCheckIn(); // from the note and value fields
    bool addItem();       // from the new-step field
    bool setItemDone(int row, bool done);
    // status: "active", "done" or "abandoned"; the reason is kept in the history.
    bool changeStatus(const QString& status, const QString& reason);
    // Opens the plan dialog in adjusting mode (modal) and saves the change with its reason.
    bool adjust();

    const std::optional<core::ActionPlan>& plan() const { return m_plan; }
    const std::optional<core::ActionPlanProgress>& progress() const { return m_progress; }
    QListWidget* itemsList() const { return m_items; }
    QTableWidget* checkInsTable() const { return m_checkIns; }
    QTableWidget* revisionsTable() const { return m_revisions; }
    QString summaryText() const;
    QString progressText() const;

private:
    // Adjusts through the undo stack; one that clashes with someone else's save asks field by
    // field (PlanConflictDialog) and saves what the person chose on top of their save.
    bool pushAdjust(const core::ActionPlan& before, const core::ActionPlan& after, const QString& reason,
                    const QString& text);
    void resolveConflict(const core::PlanConflict& conflict, const core::ActionPlan& mine,
                         const std::vector<core::PlanField>& edited, const QString& reason,
                         const QString& text);
    void askStatus(const QString& status);
    void onItemChanged(QListWidgetItem* item);

    DatabaseSession& m_session;
    qint64 m_planId;
    std::optional<core::ActionPlan> m_plan;
    std::optional<core::ActionPlanProgress> m_progress;
    std::vector<core::ActionPlanItem> m_itemRecords;
    bool m_loading = false;

    QLabel* m_summary;
    QProgressBar* m_bar;
    QLabel* m_progressLabel;
    QTabWidget* m_tabs;
    QListWidget* m_items;
    QLineEdit* m_newItem;
    QPushButton* m_addItem;
    QTableWidget* m_checkIns;
    QLineEdit* m_checkInNote;
    QLineEdit* m_checkInValue;
    QPushButton* m_record;
    QTableWidget* m_revisions;
    QPushButton* m_adjust;
    QPushButton* m_complete;
    QPushButton* m_abandon;
    QPushButton* m_reopen;
    QLabel* m_error;
};

} // namespace rapport::app
