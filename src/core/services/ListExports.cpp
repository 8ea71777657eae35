#include "services/ListExports.h"

#include "interchange/CsvExporter.h"
#include "storage/CustomerListStore.h"
#include "storage/Database.h"
#include "storage/ExportStore.h"
#include "storage/InteractionListStore.h"
#include "storage/SurveyListStore.h"

#include <QCoreApplication>

namespace rapport::core {

ListExportRequest ListExports::table(CsvKind kind)
{
    // A whole table is a list without a filter: millions of interactions take seconds, so it
    // runs on the export worker like any list.
    const ExportTable table = CsvExporter::tableFor(kind);
    ListExportRequest request;
    request.kind = kind;
    request.rows = [table](Database& db, const ListExportRequest::RowCallback& row) {
        return ExportStore(db).forEach(table, row);
    };
    if (table != ExportTable::Interactions) // counting millions would cost nearly what the export does
        request.count = [table](Database& db) { return ExportStore(db).count(table); };
    return request;
}

ListExportRequest ListExports::customers(const CustomerListFilter& filter, CustomerSortColumn sort,
                                         bool descending)
{
    ListExportRequest request;
    request.kind = CsvKind::Customers;
    request.rows = [filter, sort, descending](Database& db, const ListExportRequest::RowCallback& row) {
        return CustomerListStore(db).exportRows(filter, sort, descending, row);
    };
    request.count = [filter](Database& db) { return CustomerListStore(db).count(filter); };
    return request;
}

ListExportRequest ListExports::interactions(const InteractionListFilter& filter)
{
    ListExportRequest request;
    request.kind = CsvKind::Interactions;
    request.rows = [filter](Database& db, const ListExportRequest::RowCallback& row) {
        return InteractionListStore(db).exportRows(filter, row);
    };
    // No count: on millions of interactions it would cost nearly what the export does.
    return request;
}

ListExportRequest ListExports::surveys(const SurveyListFilter& filter)
{
    ListExportRequest request;
    request.kind = CsvKind::Surveys;
    request.rows = [filter](Database& db, const ListExportRequest::RowCallback& row) {
        return SurveyListStore(db).exportRows(filter, row);
    };
    request.count = [filter](Database& db) { return SurveyListStore(db).count(filter); };
    return request;
}

Result<qint64> ListExports::write(Database& db, const ListExportRequest& request, const QString& filePath,
                                  const ExportOptions& options,
                                  const std::function<void(qint64 total)>& counted)
{
    // Renaming the export over the database (or its log) would replace the book itself.
    if (Status own =
            db.refuseOwnFile(filePath, QCoreApplication::translate("ListExports", "written as the CSV file"));
        !own)
        return own.error();
    qint64 total = 0;
    if (request.count && !(options.isCancelled && options.isCancelled())) {
        auto n = request.count(db);
        if (!n)
            return n.error();
        total = *n;
        if (counted)
            counted(total);
    }
    const auto& rows = request.rows;
    return CsvExporter::exportRows(
        request.kind, filePath, [&](const ListExportRequest::RowCallback& row) { return rows(db, row); },
        options, total);
}

} // namespace rapport::core
