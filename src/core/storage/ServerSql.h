#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace rapport::core {

// One answer of the team server, owned (PQclear on destruction).
class ServerResult
{
public:
    ServerResult() = default;
    explicit ServerResult(pg_result* result) : m_result(result) {}
    ~ServerResult();
    ServerResult(ServerResult&& other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
    ServerResult& operator=(ServerResult&& other) noexcept;
    ServerResult(const ServerResult&) = delete;
    ServerResult& operator=(const ServerResult&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QByteArrayView text(int row, int column) const;
    qint64 integer(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed.
    qint64 affectedRows() const;

private:
    pg_result* m_result = nullptr;
};

// Runs one statement with text parameters ($1, $2 ...; a null QByteArray is NULL) on a
// connection of libpq; a failure becomes postgresError's message, opened by `what`.
Result<ServerResult> serverExec(pg_conn* connection, const QByteArray& sql, const QString& what,
                                const std::vector<QByteArray>& parameters = {},
                                SourceLocation where = SourceLocation::current());
// The same for a statement whose rows are not wanted: only whether it ran.
Status serverRun(pg_conn* connection, const QByteArray& sql, const QString& what,
                 SourceLocation where = SourceLocation::current());

// COPY's text format, a row at a time: fields separated by tabs, NULL as \N, and the
// backslash, tab and line breaks escaped.
class CopyText
{
public:
    void text(QByteArrayView value);       // written as it is, even when empty
    void textOrNull(QByteArrayView value); // empty is NULL, as a cell of a file
    void integer(qint64 value);
    void real(double value); // 17 significant digits: the server reads back the very same double
    void null();
    void endRow();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray& bytes() const { return m_bytes; }
    void clear()
    {
        m_bytes.clear();
        m_atRowStart = true;
    }

private:
    void separate();

    QByteArray m_bytes;
    bool m_atRowStart = true;
};

// Sends `rows` (COPY text) through `copySql` ("COPY t (a, b) FROM STDIN") in one go. A
// failure ends the COPY, so the connection takes statements again.
Status serverCopyIn(pg_conn* connection, const QByteArray& copySql, const QByteArray& rows,
                    const QString& what, SourceLocation where = SourceLocation::current());

} // namespace rapport::core
