#pragma once

#include <QWidget>

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
