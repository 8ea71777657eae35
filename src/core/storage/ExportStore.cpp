#include "storage/ExportStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <vector>

namespace rapport::core {
namespace {

QByteArray selectFor(ExportTable table)
{
    using namespace tables;
    switch (table) {
    case ExportTable::Reps:
        return "SELECT " + columnList(kReps) + " FROM reps ORDER BY id";
    case ExportTable::Customers:
        return "SELECT " + columnList(kCustomers) + " FROM customers ORDER BY id";
    case ExportTable::Interactions:
        // The customer and the product as their external_id, not as our row ids.
        return "SELECT i.external_id, c.external_id, i.rep_id, i.kind, i.occurred_at, i.amount_cents,"
               " i.category, i.notes, i.resolved_at, p.external_id"
               " FROM interactions i JOIN customers c ON c.id = i.customer_id"
               " LEFT JOIN products p ON p.id = i.product_id ORDER BY i.id";
    case ExportTable::Products:
        return "SELECT " + columnList(kProducts) + " FROM products ORDER BY id";
    case ExportTable::Surveys:
        return "SELECT s.external_id, c.external_id, s.survey, s.score, s.responded_at, s.comment, s.category"
               " FROM survey_responses s JOIN customers c ON c.id = s.customer_id ORDER BY s.id";
    }
    return {};
}

const char* countFor(ExportTable table)
{
    switch (table) {
    case ExportTable::Reps:
        return "SELECT count(*) FROM reps";
    case ExportTable::Customers:
        return "SELECT count(*) FROM customers";
    case ExportTable::Interactions:
        return "SELECT count(*) FROM interactions";
    case ExportTable::Surveys:
        return "SELECT count(*) FROM survey_responses";
    case ExportTable::Products:
        return "SELECT count(*) FROM products";
    }
    return "";
}

QString readFailed()
{
    return QCoreApplication::translate("rapport::core::ExportStore", "Reading the data to export failed");
}

} // namespace

Result<qint64> ExportStore::count(ExportTable table)
{
    auto n = sql::scalar(m_db.connection(), QString::fromLatin1(countFor(table)));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status streamExportRows(RowReader& statement, const QString& what,
                        const std::function<bool(std::span<const ExportValue>)>& row)
{
    std::vector<ExportValue> cells;
    while (statement.next()) {
        cells.resize(static_cast<std::size_t>(statement.columnCount()));
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            ExportValue& v = cells[static_cast<std::size_t>(c)];
            v.isNull = statement.isNull(c);
            const bool integer = !v.isNull && statement.isInteger(c);
            v.integer = integer ? statement.integer(c) : 0;
            v.text = v.isNull || integer ? QByteArrayView() : statement.text(c);
        }
        if (!row(cells))
            return {};
    }
    if (statement.failed())
        return statement.error(what);
    return {};
}

Status ExportStore::forEach(ExportTable table, const std::function<bool(std::span<const ExportValue>)>& row)
{
    // A read transaction: one snapshot for the whole file (unless the caller already has one;
    // on a server the cursor takes one of its own).
    sqlite3* handle = m_db.nativeHandle();
    const bool ownTransaction = handle && sqlite3_get_autocommit(handle) != 0;
    if (ownTransaction) {
        if (Status s = SqliteStatement::exec(handle, "BEGIN", readFailed()); !s)
            return s;
    }
    Status status;
    if (auto s = RowReader::prepare(m_db, QString::fromLatin1(selectFor(table)), readFailed()); !s)
        status = s.error();
    else
        status = streamExportRows(*s, readFailed(), row);
    if (ownTransaction)
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return status;
}

} // namespace rapport::core
