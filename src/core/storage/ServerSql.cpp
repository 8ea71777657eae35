#include "storage/ServerSql.h"

#include "storage/PostgresDialect.h"

#include <algorithm>
#include <libpq-fe.h>

namespace rapport::core {
namespace {

Error resultError(pg_conn* connection, pg_result* result, const QString& what, const QByteArray& sql,
                  SourceLocation where)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString detail =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    return postgresError(QString::fromLatin1(state ? state : ""),
                         detail.isEmpty() ? QString::fromUtf8(PQerrorMessage(connection)) : detail, what,
                         QString::fromUtf8(sql), where);
}

// Blocks of about 1 MiB: the server reads them as they come.
constexpr qsizetype kCopyBlock = 1 << 20;

} // namespace

ServerResult::~ServerResult()
{
    PQclear(m_result);
}

ServerResult& ServerResult::operator=(ServerResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int ServerResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool ServerResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView ServerResult::text(int row, int column) const
{
    return {PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)};
}

qint64 ServerResult::integer(int row, int column) const
{
    return text(row, column).toLongLong();
}

qint64 ServerResult::affectedRows() const
{
    return m_result ? QByteArrayView(PQcmdTuples(m_result)).toLongLong() : 0;
}

Result<ServerResult> serverExec(pg_conn* connection, const QByteArray& sql, const QString& what,
                                const std::vector<QByteArray>& parameters, SourceLocation where)
{
    if (!connection)
        return Error::make(what + QStringLiteral(": there is no connection to the team server"), {}, where);
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const QByteArray& p : parameters)
        values.push_back(p.isNull() ? nullptr : p.constData());
    pg_result* raw = PQexecParams(connection, sql.constData(), static_cast<int>(values.size()), nullptr,
                                  values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = resultError(connection, raw, what, sql, where);
        PQclear(raw);
        return e;
    }
    return ServerResult(raw);
}

Status serverRun(pg_conn* connection, const QByteArray& sql, const QString& what, SourceLocation where)
{
    auto r = serverExec(connection, sql, what, {}, where);
    if (!r)
        return r.error();
    return {};
}

void CopyText::separate()
{
    if (!m_atRowStart)
        m_bytes += '\t';
    m_atRowStart = false;
}

void CopyText::text(QByteArrayView value)
{
    separate();
    for (const char ch : value) {
        switch (ch) {
        case '\\':
            m_bytes += "\\\\";
            break;
        case '\n':
            m_bytes += "\\n";
            break;
        case '\r':
            m_bytes += "\\r";
            break;
        case '\t':
            m_bytes += "\\t";
            break;
        default:
            m_bytes += ch;
        }
    }
}

void CopyText::textOrNull(QByteArrayView value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void CopyText::integer(qint64 value)
{
    separate();
    m_bytes += QByteArray::number(value);
}

void CopyText::real(double value)
{
    separate();
    m_bytes += QByteArray::number(value, 'g', 17);
}

void CopyText::null()
{
    separate();
    m_bytes += "\\N";
}

void CopyText::endRow()
{
    m_bytes += '\n';
    m_atRowStart = true;
}

Status serverCopyIn(pg_conn* connection, const QByteArray& copySql, const QByteArray& rows,
                    const QString& what, SourceLocation where)
{
    if (!connection)
        return Error::make(what + QStringLiteral(": there is no connection to the team server"), {}, where);
    pg_result* start = PQexec(connection, copySql.constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
        Error e = resultError(connection, start, what, copySql, where);
        PQclear(start);
        return e;
    }
    PQclear(start);
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += kCopyBlock) {
        const auto n = static_cast<int>(std::min(kCopyBlock, rows.size() - at));
        sent = PQputCopyData(connection, rows.constData() + at, n) == 1;
    }
    // A failed send still ends the COPY (as failed), so the connection takes statements again.
    if (PQputCopyEnd(connection, sent ? nullptr : "sending the rows failed") != 1)
        sent = false;
    pg_result* end = PQgetResult(connection);
    const bool ok = sent && end && PQresultStatus(end) == PGRES_COMMAND_OK;
    Error e = ok ? Error() : resultError(connection, end, what, copySql, where);
    PQclear(end);
    while (pg_result* more = PQgetResult(connection))
        PQclear(more);
    if (!ok)
        return e;
    return {};
}

} // namespace rapport::core
