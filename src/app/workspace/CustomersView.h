#pragma once

#include "domain/CustomerChanges.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace rapport::app {

class CustomerTableModel;
class DatabaseSession;

// The customer list with search and filters, and the selected customer's details:
// their data, interaction timeline, survey responses and open complaints.
class CustomersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)

public:
    explicit CustomersView(DatabaseSession& session, QWidget* parent = nullptr);
    ~CustomersView() override;

    qint64 currentCustomerId() const { return m_currentId; }
    // Shows the customer, clearing filters if they hide it.
    void showCustomer(qint64 customerId);
    CustomerTableModel& model() { return *m_model; }

    void newCustomer();
    void editCurrent();
    void toggleChurnCurrent();
    void deleteCurrent();

signals:
    void currentCustomerChanged(qint64 customerId);

private:
    // Pushes the edit before -> after; when someone else saved one of its fields meanwhile,
    // the conflict dialog asks which values to keep and the choice is pushed as a new edit.
    void pushEdit(const core::Customer& before, const core::Customer& after, const QString& text,
                  const std::optional<core::Interaction>& note = std::nullopt);
    void resolveConflict(const core::CustomerConflict& conflict, const core::Customer& mine,
                         const std::vector<core::CustomerField>& edited, const QString& text,
                         const std::optional<core::Interaction>& note);
    void reloadFilters();
    void startOnSignedInRep();
    void applyFilter();
    void reloadList();
    // Selects the customer sought by showCustomer() or kept across a reload, once the
    // model's rows are in.
    void restoreSelection();
    void updateDetails();
    // The customer's soonest open follow-up for the details, with how many more there are.
    QString nextFollowUpText() const;
    void resolveSelectedComplaint();
    void updateActions();

    DatabaseSession& m_session;
    CustomerTableModel* m_model;
    QLineEdit* m_searchLineEdit;
    QComboBox* m_segmentComboBox;
    QComboBox* m_ownerComboBox;
    QComboBox* m_statusComboBox;
    QLabel* m_countLabel;
    QTableView* m_tableView;
    QLabel* m_nameLabel;
    QLabel* m_detailsLabel;
    QTreeWidget* m_timelineTreeWidget;
    QTreeWidget* m_surveysTreeWidget;
    QTreeWidget* m_complaintsTreeWidget;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_churnButton;
    QPushButton* m_deleteButton;
    QPushButton* m_resolveButton;
    QTimer* m_searchTimer;
    qint64 m_currentId = 0;
    qint64 m_keepId = 0; // selected before a reload: selected again if still listed
    qint64 m_seekId = 0; // asked for by showCustomer(): pages are read until it is found
};

} // namespace rapport::app
