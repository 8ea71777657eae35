#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <span>
#include <vector>

namespace rapport::core {

class Database;
struct ExportValue;

// The read side of the customer list: paged, filtered and sorted by the database, so
// the list stays fast on a large book of business.
class CustomerListStore
{
public:
    using ChurnState = CustomerChurnState;
    using SortColumn = CustomerSortColumn;
    using Filter = CustomerListFilter;
    using Row = CustomerListRow;

    explicit CustomerListStore(Database& db) : m_db(db) {}

    Result<qint64> count(const Filter& filter) const;
    Result<std::vector<Row>> page(const Filter& filter, SortColumn sort, bool descending, qint64 offset,
                                  int limit) const;
    // Customers whose name, company or e-mail contains `text`, names first, for completion.
    Result<std::vector<Row>> search(const QString& text, int limit) const;
    Result<QStringList> segments() const;
    // Every customer matching `filter`, in the list's order, in the columns of the
    // customers CSV (ExportStore's order), for CsvExporter::exportRows.
    Status exportRows(const Filter& filter, SortColumn sort, bool descending,
                      const std::function<bool(std::span<const ExportValue>)>& row) const;

private:
    Database& m_db;
};

} // namespace rapport::core
