#pragma once

#include "domain/FollowUpChanges.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rapport::app {

class DatabaseSession;
class FollowUpTableModel;

// The signed-in rep's open follow-ups: due by today at first, or overdue, today, the next
// seven days, later or all of them (with how many there are of each); done, snooze, open
// the customer.
class FollowUpsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsView)

public:
    explicit FollowUpsView(DatabaseSession& session, QWidget* parent = nullptr);
    ~FollowUpsView() override;

    FollowUpTableModel& model() { return *m_model; }
    QString summaryText() const;
    void completeSelected();
    void snoozeSelected(int days);

signals:
    void openCustomerRequested(qint64 customerId);

private:
    // Reschedules through the undo stack; one that clashes with someone else's save asks field
    // by field (FollowUpConflictDialog) and saves what the person chose on top of their save.
    void pushChange(const core::FollowUpTask& before, const core::FollowUpTask& after,
                    const QString& customerName);
    void resolveConflict(const core::FollowUpConflict& conflict, const core::FollowUpTask& mine,
                         const std::vector<core::FollowUpField>& edited, const QString& customerName);
    void reload();
    // The rows are in: summary, selection, buttons.
    void showRows();
    void updateActions();
    int selectedRow() const;

    DatabaseSession& m_session;
    FollowUpTableModel* m_model;
    QComboBox* m_windowComboBox;
    QLabel* m_summaryLabel;
    QTableView* m_tableView;
    QPushButton* m_doneButton;
    QPushButton* m_snoozeDayButton;
    QPushButton* m_snoozeWeekButton;
    QPushButton* m_openCustomerButton;
};

} // namespace rapport::app
