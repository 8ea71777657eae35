#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <sqlite3.h>
#include <utility>

// Storage internals only: nothing outside src/core/storage includes this.
namespace rapport::core {

// The one way a database failure becomes an Error, for the QtSql path (sql::errorFrom) and the
// raw SQLite path (SqliteStatement) alike. The result codes a user can act on (busy, read-only,
// full, damaged, I/O) get a sentence of their own with SQLite's text in brackets; any other
// failure reads "what: SQLite's text". `code` is SQLite's (extended) result code, 0 if unknown.
Error sqliteError(int code, const QString& detail, const QString& what, const QString& statement,
                  SourceLocation where = SourceLocation::current());

// A prepared statement on the raw sqlite3 handle, for the paths that move many rows (imports,
// the demo generator, the metrics, the exports): QSqlQuery's QVariant per value would dominate
// their cost. Finalized by its destructor; movable, not copyable. Parameters count from 1 and
// columns from 0, as in SQLite.
class SqliteStatement
{
public:
    // Persistent: kept for many rows (SQLite places it outside its lookaside memory).
    enum class Reuse { Once, Persistent };

    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(SqliteStatement&& other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr)), m_failedCode(other.m_failedCode),
          m_failedText(std::move(other.m_failedText))
    {
    }
    SqliteStatement& operator=(SqliteStatement&& other) noexcept
    {
        if (this != &other) {
            sqlite3_finalize(m_stmt);
            m_stmt = std::exchange(other.m_stmt, nullptr);
            m_failedCode = other.m_failedCode;
            m_failedText = std::move(other.m_failedText);
        }
        return *this;
    }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // `what` opens the error message when preparing fails ("Preparing an import statement failed").
    static Result<SqliteStatement> prepare(sqlite3* handle, QByteArrayView sql, const QString& what,
                                           Reuse reuse = Reuse::Once,
                                           SourceLocation where = SourceLocation::current());
    // Runs statements without parameters or results (BEGIN, PRAGMA ... = n, CREATE INDEX ...).
    static Status exec(sqlite3* handle, const char* sql, const QString& what,
                       SourceLocation where = SourceLocation::current());
    // The first column of the first row of a statement without parameters (PRAGMA cache_size).
    static Result<qint64> integerOf(sqlite3* handle, const char* sql, const QString& what,
                                    SourceLocation where = SourceLocation::current());
    // The connection's last failure as an Error.
    static Error lastError(sqlite3* handle, const QString& what, const QString& statement = {},
                           SourceLocation where = SourceLocation::current());

    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    QString sql() const { return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString(); }

    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    void bindInt(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindReal(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bindOptional(int index, const std::optional<qint64>& value)
    {
        value ? bindInt(index, *value) : bindNull(index);
    }
    void bindOptional(int index, const std::optional<double>& value)
    {
        value ? bindReal(index, *value) : bindNull(index);
    }
    // Text is not copied: it must stay valid until the statement is stepped. A null pointer is
    // bound as NULL, an empty string as ''.
    void bindText(int index, const char* utf8)
    {
        utf8 ? void(sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_STATIC)) : bindNull(index);
    }
    void bindText(int index, QByteArrayView utf8)
    {
        utf8.data() ? void(sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()),
                                             SQLITE_STATIC))
                    : bindNull(index);
    }
    // The same, but empty text means "no value" and is bound as NULL (imported cells).
    void bindTextOrNull(int index, QByteArrayView utf8)
    {
        utf8.isEmpty() ? bindNull(index) : bindText(index, utf8);
    }
    // Text that SQLite copies, for temporaries.
    void bindTextCopy(int index, QByteArrayView utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    // Named parameters (":scope") that a statement built from fragments may not use: bound only
    // where it does.
    void bindInt(const char* name, qint64 value)
    {
        if (const int i = sqlite3_bind_parameter_index(m_stmt, name); i > 0)
            bindInt(i, value);
    }
    void bindTextCopy(const char* name, QByteArrayView utf8)
    {
        if (const int i = sqlite3_bind_parameter_index(m_stmt, name); i > 0)
            bindTextCopy(i, utf8);
    }

    // true: a row is ready; false: no more rows, or the step failed (failed() says which).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            rememberFailure(rc);
        return false;
    }
    bool failed() const { return m_failedCode != SQLITE_OK; }
    // Steps a statement that returns no row to its end, then reset().
    Status run(const QString& what, SourceLocation where = SourceLocation::current())
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE)
            rememberFailure(rc);
        reset();
        return rc == SQLITE_DONE ? Status() : Status(error(what, where));
    }
    // Ready to be bound and stepped again: bindings cleared, the last failure forgotten.
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failedCode = SQLITE_OK;
    }
    // The failure of the last step (or else the connection's last error), "what: SQLite's text".
    Error error(const QString& what, SourceLocation where = SourceLocation::current()) const;

    int columnCount() const { return sqlite3_column_count(m_stmt); }
    int columnType(int column) const { return sqlite3_column_type(m_stmt, column); }
    bool isNull(int column) const { return columnType(column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    std::optional<qint64> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    // UTF-8, valid until the next step or reset; a null view for NULL.
    QByteArrayView text(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }

private:
    explicit SqliteStatement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    void rememberFailure(int rc);

    sqlite3_stmt* m_stmt = nullptr;
    // SQLite's text is the connection's and the next call replaces it: kept at the failure.
    int m_failedCode = SQLITE_OK;
    QString m_failedText;
};

// Resets a statement when the scope ends, so that the next row finds it ready.
class SqliteReset
{
public:
    explicit SqliteReset(SqliteStatement& statement) : m_statement(statement) {}
    ~SqliteReset() { m_statement.reset(); }
    SqliteReset(const SqliteReset&) = delete;
    SqliteReset& operator=(const SqliteReset&) = delete;

private:
    SqliteStatement& m_statement;
};

} // namespace rapport::core
