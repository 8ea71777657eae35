#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"
#include "domain/InteractionList.h"
#include "domain/SurveyList.h"
#include "interchange/CsvExporter.h"
#include "interchange/CsvFormat.h"

#include <functional>
#include <span>

namespace rapport::core {

class Database;
struct ExportValue;

// What a list export writes: the kind of CSV file and, read on the export's own
// connection, the rows (with the filter and order the list shows) and how many there are.
struct ListExportRequest
{
    using RowCallback = std::function<bool(std::span<const ExportValue>)>;

    CsvKind kind = CsvKind::Customers;
    std::function<Status(Database&, const RowCallback&)> rows;
    // Empty when counting would cost too much (millions of interactions): progress has no total then.
    std::function<Result<qint64>(Database&)> count;
};

// "Export this list": the request for a whole table or for a list as filtered and sorted on
// screen, and writing it. The GUI runs write() on a worker; the filter is copied into the
// request, so the export writes what the list showed when asked.
class ListExports
{
public:
    // A whole table (File › Export), in interchange.md's columns.
    static ListExportRequest table(CsvKind kind);
    static ListExportRequest customers(const CustomerListFilter& filter, CustomerSortColumn sort,
                                       bool descending);
    static ListExportRequest interactions(const InteractionListFilter& filter);
    static ListExportRequest surveys(const SurveyListFilter& filter);

    // Writes the request's rows to `filePath` (never over the database's own files); the rows
    // written. `counted` hears the total first when the request can count.
    static Result<qint64> write(Database& db, const ListExportRequest& request, const QString& filePath,
                                const ExportOptions& options,
                                const std::function<void(qint64 total)>& counted = {});
};

} // namespace rapport::core
