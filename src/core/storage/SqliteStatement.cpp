#include "storage/SqliteStatement.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

// SQLite's primary result codes that a user can act on get a sentence of their own instead of
// the library's terse text ("database is locked").
QString explainCode(int code)
{
    switch (code & 0xff) { // extended codes keep the primary code in the low byte
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
            "rapport::core::SqliteStatement",
            "The database is busy: another program (another Rapport window or rapport-cli) "
            "kept it locked for too long. Nothing was written; try again in a moment");
    case SQLITE_READONLY:
        return QCoreApplication::translate(
            "rapport::core::SqliteStatement",
            "The database cannot be written to: the file or its folder is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("rapport::core::SqliteStatement",
                                           "The database file is damaged; restore it from a backup");
    case SQLITE_FULL:
        return QStringLiteral(
            "The disk is full (or the database reached its size limit). Nothing was written; "
            "free some space and try again");
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "rapport::core::SqliteStatement",
            "The database file could not be read or written (an input/output error)");
    default:
        return {};
    }
}

} // namespace

Error sqliteError(int code, const QString& detail, const QString& what, const QString& statement,
                  SourceLocation where)
{
    const QString text = detail.trimmed();
    if (const QString explained = explainCode(code); !explained.isEmpty())
        return Error::make(explained + QStringLiteral(" (") + text + QLatin1Char(')'), statement, where);
    return Error::make(text.isEmpty() ? what : what + QStringLiteral(": ") + text, statement, where);
}

Error SqliteStatement::lastError(sqlite3* handle, const QString& what, const QString& statement,
                                 SourceLocation where)
{
    if (!handle)
        return sqliteError(SQLITE_OK, QStringLiteral("no connection"), what, statement, where);
    return sqliteError(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)), what,
                       statement, where);
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3* handle, QByteArrayView sql, const QString& what,
                                                 Reuse reuse, SourceLocation where)
{
    sqlite3_stmt* stmt = nullptr;
    const unsigned flags = reuse == Reuse::Persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    if (!handle || sqlite3_prepare_v3(handle, sql.data(), static_cast<int>(sql.size()), flags, &stmt,
                                      nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(handle, what, QString::fromUtf8(sql), where);
    }
    return SqliteStatement(stmt);
}

Status SqliteStatement::exec(sqlite3* handle, const char* sql, const QString& what, SourceLocation where)
{
    if (!handle || sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(handle, what, QString::fromUtf8(sql), where);
    return {};
}

Result<qint64> SqliteStatement::integerOf(sqlite3* handle, const char* sql, const QString& what,
                                          SourceLocation where)
{
    auto s = prepare(handle, sql, what, Reuse::Once, where);
    if (!s)
        return s.error();
    if (!s->next())
        return s->error(what, where);
    return s->integer(0);
}

void SqliteStatement::rememberFailure(int rc)
{
    m_failedCode = rc;
    m_failedText = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

Error SqliteStatement::error(const QString& what, SourceLocation where) const
{
    if (failed())
        return sqliteError(m_failedCode, m_failedText, what, sql(), where);
    return lastError(m_stmt ? sqlite3_db_handle(m_stmt) : nullptr, what, sql(), where);
}

} // namespace rapport::core
