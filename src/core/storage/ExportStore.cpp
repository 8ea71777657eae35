#include "storage/ExportStore.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <array>

namespace rapport::core {
namespace {

const char* selectFor(ExportTable table)
{
    switch (table) {
    case ExportTable::Reps:
        return "SELECT id, name, role FROM reps ORDER BY id";
    case ExportTable::Customers:
        return "SELECT external_id, name, company, email, phone, segment, owner, acquired_at, churned_at"
               " FROM customers ORDER BY id";
    case ExportTable::Interactions:
        return "SELECT i.external_id, c.external_id, i.rep_id, i.kind, i.occurred_at, i.amount_cents, i.category,"
               " i.notes, i.resolved_at FROM interactions i JOIN customers c ON c.id = i.customer_id ORDER BY i.id";
    case ExportTable::Surveys:
        return "SELECT s.external_id, c.external_id, s.survey, s.score, s.responded_at, s.comment, s.category"
               " FROM survey_responses s JOIN customers c ON c.id = s.customer_id ORDER BY s.id";
    }
    return "";
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
    }
    return "";
}

Error sqliteError(sqlite3* handle, const char* statement)
{
    return Error::make(QStringLiteral("Reading the data to export failed: %1")
                           .arg(handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no connection")),
                       QString::fromUtf8(statement));
}

} // namespace

Result<qint64> ExportStore::count(ExportTable table)
{
    sqlite3* handle = m_db.nativeHandle();
    sqlite3_stmt* s = nullptr;
    const char* text = countFor(table);
    if (!handle || sqlite3_prepare_v2(handle, text, -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(handle, text);
    const int rc = sqlite3_step(s);
    const qint64 n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW)
        return sqliteError(handle, text);
    return n;
}

Status ExportStore::forEach(ExportTable table, const std::function<bool(std::span<const ExportValue>)>& row)
{
    sqlite3* handle = m_db.nativeHandle();
    if (!handle)
        return Error::make(QStringLiteral("Exporting needs an SQLite database connection."));
    // A read transaction: one snapshot for the whole file (unless the caller already has one).
    const bool ownTransaction = sqlite3_get_autocommit(handle) != 0;
    if (ownTransaction && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle, "BEGIN");
    const char* text = selectFor(table);
    sqlite3_stmt* s = nullptr;
    Status status;
    if (sqlite3_prepare_v2(handle, text, -1, &s, nullptr) != SQLITE_OK) {
        status = sqliteError(handle, text);
    } else {
        const int columns = sqlite3_column_count(s);
        std::array<ExportValue, 16> values{};
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                ExportValue& v = values[static_cast<std::size_t>(c)];
                const int type = sqlite3_column_type(s, c);
                v.isNull = type == SQLITE_NULL;
                v.integer = type == SQLITE_INTEGER ? sqlite3_column_int64(s, c) : 0;
                if (type == SQLITE_TEXT) {
                    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
                    v.text = QByteArrayView(t, sqlite3_column_bytes(s, c));
                } else {
                    v.text = {};
                }
            }
            if (!row(std::span<const ExportValue>(values.data(), static_cast<std::size_t>(columns)))) {
                rc = SQLITE_DONE;
                break;
            }
        }
        if (rc != SQLITE_DONE)
            status = sqliteError(handle, text);
        sqlite3_finalize(s);
    }
    if (ownTransaction)
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return status;
}

} // namespace rapport::core
