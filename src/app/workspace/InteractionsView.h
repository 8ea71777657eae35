#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport::app {

class DatabaseSession;
class InteractionTableModel;

// Every interaction of the book, newest first, with filters by kind, rep, period and
// customer; opens the customer of a row.
class InteractionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionsView)

public:
    explicit InteractionsView(DatabaseSession& session, QWidget* parent = nullptr);
    ~InteractionsView() override;

    InteractionTableModel& model() { return *m_model; }

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void reloadReps();
    void applyFilter();
    void updateSummary();
    void openSelected();

    DatabaseSession& m_session;
    InteractionTableModel* m_model;
    QLineEdit* m_searchLineEdit;
    QComboBox* m_kindComboBox;
    QComboBox* m_repComboBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QLabel* m_summaryLabel;
    QTableView* m_tableView;
    QPushButton* m_openCustomerButton;
    QTimer* m_searchTimer;
};

} // namespace rapport::app
