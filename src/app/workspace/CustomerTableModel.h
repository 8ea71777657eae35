#pragma once

#include "domain/CustomerList.h"
#include "widgets/ListQueryRunner.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

class DatabaseSession;

// The customer list, fetched from the database a page at a time as the view scrolls;
// sorting and filtering are done by the database (CustomerListStore), never in memory.
// Every query runs on the session's ListQueryRunner: reload() and fetchMore() return at
// once and the rows arrive from the event loop (modelReset, rowsInserted). The rows
// shown stay until the new ones are there, so the list does not flash empty.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        SegmentColumn,
        OwnerColumn,
        AcquiredColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit CustomerTableModel(DatabaseSession& session, QObject* parent = nullptr);
    ~CustomerTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::CustomerListFilter& filter);
    const core::CustomerListFilter& filter() const { return m_filter; }
    // The order the list is shown in (what an export of the list follows).
    core::CustomerSortColumn sortColumn() const { return m_sort; }
    bool isSortedDescending() const { return m_descending; }
    // How many customers match the filter (the rows not yet fetched included).
    qint64 totalCount() const { return m_total; }
    qint64 customerId(int row) const;
    // The row of a customer among those fetched, -1 if not (yet) there.
    int rowOf(qint64 customerId) const;
    // Re-reads the list after a write or a new database, keeping filter and order.
    void reload();
    // A reload or a page is on its way.
    bool isLoading() const { return m_loading || m_fetching; }

signals:
    void loadFailed(const QString& details);
    // The answer to reload() is in (after modelReset).
    void reloaded();

private:
    void applyReload(core::Result<std::pair<qint64, std::vector<core::CustomerListRow>>> answer);
    void applyPage(core::Result<std::vector<core::CustomerListRow>> page);

    DatabaseSession& m_session;
    ListQueryRunner& m_runner;
    QueryChannel m_channel;
    core::CustomerListFilter m_filter;
    core::CustomerSortColumn m_sort = core::CustomerSortColumn::Name;
    bool m_descending = false;
    int m_sortSection = NameColumn;
    std::vector<core::CustomerListRow> m_rows;
    qint64 m_total = 0;
    bool m_loading = false; // a reload is on its way: no page may be asked meanwhile
    bool m_fetching = false;
    bool m_resetting = false;
};

} // namespace rapport::app
