#pragma once

#include "dashboard/DrillDownRequest.h"

#include <QDialog>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace rapport::core {
class Database;
}

namespace rapport::app {

// Lists the records behind a figure (DrillDownRequest), read through DrillDownService, by
// the names of the people in them. A record (double-click or Enter) asks for its customer:
// the window shows them the way the rest of it does (customerRequested).
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    static constexpr int kRowLimit = 5000;
    // Every item of a row holds its customer's id (customers.id) in this role.
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    DrillDownDialog(core::Database& db, DrillDownRequest request, int followUpWindowDays,
                    QWidget* parent = nullptr);

    const DrillDownRequest& request() const { return m_request; }
    const QStandardItemModel& model() const { return *m_model; }
    QTableView& view() const { return *m_view; }
    qint64 total() const { return m_total; }

signals:
    // The user opened a record: show this customer.
    void customerRequested(qint64 customerId);

private:
    void load(core::Database& db, int followUpWindowDays);
    void openRecord(const QModelIndex& index);

    DrillDownRequest m_request;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_summary;
    qint64 m_total = 0;
};

} // namespace rapport::app
