#include "storage/ServerCursor.h"

#include "storage/PostgresDialect.h"

#include <QAtomicInteger>
#include <charconv>
#include <libpq-fe.h>
#include <unordered_map>

namespace rapport::core {
namespace {

// Rows per FETCH: big enough that the round trips do not count, small enough to stay flat.
constexpr int kBatchRows = 20000;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// ":name" and "?" -> "$n" outside quotes, leaving "::type" casts alone; `names` gets the
// names in order of their numbers (a name used twice keeps one number; the k-th "?" is
// named "?k").
QString numberParameters(const QString& sql, std::vector<QByteArray>& names)
{
    QString out;
    out.reserve(sql.size());
    bool inString = false;
    int positional = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (!inString && c == QLatin1Char('?')) {
            names.push_back(QByteArray("?") + QByteArray::number(++positional));
            out += QLatin1Char('$') + QString::number(names.size());
            continue;
        }
        const bool isParameter = !inString && c == QLatin1Char(':') && i + 1 < sql.size() &&
                                 isNameChar(sql.at(i + 1)) && (i == 0 || sql.at(i - 1) != QLatin1Char(':'));
        if (!isParameter) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && isNameChar(sql.at(end)))
            ++end;
        const QByteArray name = sql.mid(i, end - i).toUtf8();
        auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end())
            it = names.insert(names.end(), name);
        out += QLatin1Char('$') + QString::number(it - names.begin() + 1);
        i = end - 1;
    }
    return out;
}

// Per connection, the cursor whose FETCH is in flight (libpq runs one query at a time). A
// connection is used by one thread at a time, and a cursor lives within one call.
thread_local std::unordered_map<pg_conn*, ServerCursor*> t_inFlight;

QByteArray nextCursorName()
{
    static QAtomicInteger<quint64> counter = 0;
    return QByteArray("rapport_cursor_") + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

ServerCursor::ServerCursor(pg_conn* connection, const QString& sql)
    : m_connection(connection), m_originalSql(sql), m_cursorName(nextCursorName())
{
    m_sql = numberParameters(sql, m_names);
    m_values.resize(m_names.size());
    m_bound.resize(m_names.size(), false);
}

ServerCursor::~ServerCursor()
{
    PQclear(m_batch);
    if (m_inFlight)
        PQclear(receiveFetch());
    PQclear(m_received);
    if (!m_connection)
        return;
    freeConnection();
    if (m_declared && PQtransactionStatus(m_connection) == PQTRANS_INTRANS)
        PQclear(PQexec(m_connection, QByteArray("CLOSE " + m_cursorName).constData()));
    if (m_ownsTransaction)
        PQclear(PQexec(m_connection,
                       PQtransactionStatus(m_connection) == PQTRANS_INTRANS ? "COMMIT" : "ROLLBACK"));
}

void ServerCursor::bind(const char* name, QByteArray text)
{
    const QByteArray key(name);
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == key) {
            m_values[i] = std::move(text);
            m_bound[i] = true;
        }
    }
}

void ServerCursor::fail(pg_result* result)
{
    // The result's own message: a batch read ahead may be taken in after the connection ran
    // another cursor's statement, whose message PQerrorMessage would give.
    m_failure =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)).trimmed();
    if (result)
        m_failureState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    if (m_failure.isEmpty())
        m_failure = QStringLiteral("the server ended the query");
    PQclear(result);
    m_done = true;
}

bool ServerCursor::open()
{
    if (!m_connection) {
        m_failure = QStringLiteral("no connection to the team server");
        m_done = true;
        return false;
    }
    freeConnection();
    if (PQtransactionStatus(m_connection) == PQTRANS_IDLE) {
        PGresult* begin = PQexec(m_connection, "BEGIN READ ONLY");
        if (PQresultStatus(begin) != PGRES_COMMAND_OK) {
            fail(begin);
            return false;
        }
        PQclear(begin);
        m_ownsTransaction = true;
    }
    std::vector<const char*> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_bound[i] && !m_values[i].isNull() ? m_values[i].constData() : nullptr;
    const QByteArray declare =
        QByteArray("DECLARE ") + m_cursorName + " NO SCROLL CURSOR FOR " + m_sql.toUtf8();
    PGresult* r = PQexecParams(m_connection, declare.constData(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        fail(r);
        return false;
    }
    PQclear(r);
    m_declared = true;
    return true;
}

QByteArray ServerCursor::fetchStatement() const
{
    return QByteArray("FETCH FORWARD ") + QByteArray::number(kBatchRows) + " FROM " + m_cursorName;
}

void ServerCursor::freeConnection()
{
    const auto it = t_inFlight.find(m_connection);
    if (it == t_inFlight.end() || it->second == this)
        return;
    ServerCursor* other = it->second;
    other->m_received = other->receiveFetch();
}

void ServerCursor::sendFetch()
{
    // If it cannot be sent, the next fetch() asks again and reports why.
    if (PQsendQuery(m_connection, fetchStatement().constData()) == 1) {
        m_inFlight = true;
        t_inFlight[m_connection] = this;
    }
}

pg_result* ServerCursor::receiveFetch()
{
    // One statement was sent, so one result comes, then the end (nullptr).
    PGresult* result = PQgetResult(m_connection);
    while (PGresult* more = PQgetResult(m_connection))
        PQclear(more);
    m_inFlight = false;
    t_inFlight.erase(m_connection);
    return result;
}

bool ServerCursor::fetch()
{
    PQclear(m_batch);
    m_batch = nullptr;
    PGresult* r = nullptr;
    if (m_received) {
        r = m_received;
        m_received = nullptr;
    } else if (m_inFlight) {
        r = receiveFetch();
    } else {
        freeConnection();
        r = PQexec(m_connection, fetchStatement().constData());
    }
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        fail(r);
        return false;
    }
    m_batch = r;
    m_rows = PQntuples(r);
    m_row = -1;
    // A full batch may have more behind it: have the server read on while this one is used.
    if (m_readAhead && m_rows == kBatchRows)
        sendFetch();
    return m_rows > 0;
}

bool ServerCursor::next()
{
    if (m_batch && m_row + 1 < m_rows) {
        ++m_row;
        return true;
    }
    if (m_done || failed())
        return false;
    if (m_batch && m_rows < kBatchRows) { // the last batch was short: there is no more
        m_done = true;
        return false;
    }
    if (!m_declared && !open())
        return false;
    if (!fetch())
        return false;
    m_row = 0;
    return true;
}

Error ServerCursor::error(const QString& what, SourceLocation where) const
{
    return postgresError(m_failureState, m_failure, what, m_originalSql, where);
}

void ServerCursor::bind(int position, QByteArray text)
{
    bind(QByteArray(QByteArray("?") + QByteArray::number(position)).constData(), std::move(text));
}

int ServerCursor::columnCount() const
{
    return m_batch ? PQnfields(m_batch) : 0;
}

bool ServerCursor::isInteger(int column) const
{
    // The type oids of int8, int2 and int4 (pg_type.h).
    const Oid type = PQftype(m_batch, column);
    return type == 20 || type == 21 || type == 23;
}

bool ServerCursor::isNull(int column) const
{
    return PQgetisnull(m_batch, m_row, column) != 0;
}

qint64 ServerCursor::integer(int column) const
{
    const char* text = PQgetvalue(m_batch, m_row, column);
    qint64 value = 0;
    std::from_chars(text, text + PQgetlength(m_batch, m_row, column), value);
    return value;
}

double ServerCursor::real(int column) const
{
    // The server writes the shortest text that reads back as the same double.
    const char* text = PQgetvalue(m_batch, m_row, column);
    double value = 0;
    std::from_chars(text, text + PQgetlength(m_batch, m_row, column), value);
    return value;
}

QByteArrayView ServerCursor::text(int column) const
{
    if (isNull(column))
        return {};
    return QByteArrayView(PQgetvalue(m_batch, m_row, column), PQgetlength(m_batch, m_row, column));
}

} // namespace rapport::core
