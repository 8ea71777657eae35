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

    bool next() { return m_server ? m_server->next() : m_file.next(); }
    bool failed() const { return m_server ? m_server->failed() : m_file.failed(); }
    Error error(const QString& what, SourceLocation where = SourceLocation::current()) const
    {
        return m_server ? m_server->error(what, where) : m_file.error(what, where);
    }

    bool isNull(int column) const { return m_server ? m_server->isNull(column) : m_file.isNull(column); }
    qint64 integer(int column) const { return m_server ? m_server->integer(column) : m_file.integer(column); }
    // Valid until the next call of next(); a null view for NULL.
    QByteArrayView text(int column) const { return m_server ? m_server->text(column) : m_file.text(column); }

private:
    RowReader() = default;

    SqliteStatement m_file;
    std::unique_ptr<ServerCursor> m_server;
};

} // namespace rapport::core
