#pragma once

#include "common/Result.h"
#include "storage/ServerCursor.h"
#include "storage/SqliteStatement.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace rapport::core {

class Database;

// Reads the rows of one query on either engine, for the paths that stream millions of rows
// and aggregate them in C++ (the metrics): a raw SQLite statement on a file, a server-side
// cursor on a team server. Parameters are named (":s"); columns count from 0. The statement
// is written once; the engines' differences in it come from the dialect (indexHint()).
class RowReader
{
public:
    static Result<RowReader> prepare(const Database& db, const QString& sql, const QString& what,
                                     SourceLocation where = SourceLocation::current());
    // The same, reading ahead (setReadAhead), for the metrics' long reads.
    static Result<RowReader> prepareReadingAhead(const Database& db, const QString& sql, const QString& what,
                                                 SourceLocation where = SourceLocation::current());

    RowReader(RowReader&&) noexcept = default;
    RowReader& operator=(RowReader&&) noexcept = default;

    void bindInt(const char* name, qint64 value)
    {
        m_server ? m_server->bind(name, QByteArray::number(value)) : m_file.bindInt(name, value);
    }
    void bindText(const char* name, QByteArrayView utf8)
    {
        m_server ? m_server->bind(name, utf8.toByteArray()) : m_file.bindTextCopy(name, utf8);
    }

    // Positional parameters ("?"), from 1.
    void bindNull(int position)
    {
        m_server ? m_server->bind(position, QByteArray()) : m_file.bindNull(position);
    }
    void bindInt(int position, qint64 value)
    {
        m_server ? m_server->bind(position, QByteArray::number(value)) : m_file.bindInt(position, value);
    }
    void bindReal(int position, double value)
    {
        m_server ? m_server->bind(position, QByteArray::number(value, 'g', 17))
                 : m_file.bindReal(position, value);
    }
    void bindText(int position, QByteArrayView utf8)
    {
        m_server ? m_server->bind(position, QByteArray(utf8.data() ? utf8.data() : "", utf8.size()))
                 : m_file.bindTextCopy(position, utf8);
    }

    // On a team server: ServerCursor::setReadAhead (the caller runs no QSqlQuery on the
    // connection while it reads). Nothing on a file.
    void setReadAhead(bool on)
    {
        if (m_server)
            m_server->setReadAhead(on);
    }

    bool next() { return m_server ? m_server->next() : m_file.next(); }
    bool failed() const { return m_server ? m_server->failed() : m_file.failed(); }
    Error error(const QString& what, SourceLocation where = SourceLocation::current()) const
    {
        return m_server ? m_server->error(what, where) : m_file.error(what, where);
    }

    // Of the current row.
    int columnCount() const { return m_server ? m_server->columnCount() : m_file.columnCount(); }
    // Whether the value is stored as an integer (SQLite: this value's type; a server: the column's).
    bool isInteger(int column) const
    {
        return m_server ? m_server->isInteger(column) : m_file.columnType(column) == SQLITE_INTEGER;
    }
    bool isNull(int column) const { return m_server ? m_server->isNull(column) : m_file.isNull(column); }
    qint64 integer(int column) const { return m_server ? m_server->integer(column) : m_file.integer(column); }
    double real(int column) const { return m_server ? m_server->real(column) : m_file.real(column); }
    // Valid until the next call of next(); a null view for NULL.
    QByteArrayView text(int column) const { return m_server ? m_server->text(column) : m_file.text(column); }

private:
    RowReader() = default;

    SqliteStatement m_file;
    std::unique_ptr<ServerCursor> m_server;
};

} // namespace rapport::core
