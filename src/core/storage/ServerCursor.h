#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

struct pg_conn;
struct pg_result;

namespace rapport::core {

// A query on the team server read in batches through a server-side cursor (DECLARE ... FETCH),
// for the paths that read millions of rows (the metrics): the client holds one batch at a time,
// and several cursors can be read in turn on one connection, which a plain result cannot (libpq
// runs one query at a time). The statement names its parameters as SQLite does (":s"); they
// become $1, $2 ... here and are sent as text. Cursors live in a transaction: the first cursor
// on an idle connection begins a read-only one and commits it when it is destroyed, so cursors
// opened together must be destroyed in reverse order (as locals are).
class ServerCursor
{
public:
    ServerCursor(pg_conn* connection, const QString& sql);
    ~ServerCursor();
    ServerCursor(const ServerCursor&) = delete;
    ServerCursor& operator=(const ServerCursor&) = delete;

    // Parameters the statement does not use are ignored (statements are built from fragments).
    void bind(const char* name, QByteArray text);
    // The value of the position-th "?" (from 1); a null QByteArray binds NULL.
    void bind(int position, QByteArray text);

    // Asks for the next batch as soon as one arrives, so that the server reads it while the
    // caller works through this one (the two then use both cores instead of taking turns).
    // Only for a caller that runs no other statement on the connection while it reads, other
    // than through ServerCursor: libpq runs one query at a time, and cursors of one connection
    // wait for each other's batch in flight, but a QSqlQuery would not.
    void setReadAhead(bool on) { m_readAhead = on; }

    // true: a row is ready; false: no more rows, or the read failed (failed() says which).
    bool next();
    bool failed() const { return !m_failure.isEmpty(); }
    Error error(const QString& what, SourceLocation where = SourceLocation::current()) const;

    // Of the current row (0 before the first).
    int columnCount() const;
    bool isInteger(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Valid until the next call of next().
    QByteArrayView text(int column) const;

private:
    bool open();
    bool fetch();
    void fail(pg_result* result);
    QByteArray fetchStatement() const;
    // Sends the next FETCH without waiting for it (read-ahead).
    void sendFetch();
    // Waits for this cursor's FETCH in flight and answers its result.
    pg_result* receiveFetch();
    // Makes another cursor of this connection take in its FETCH in flight, so that the
    // connection is free for this one.
    void freeConnection();

    pg_conn* m_connection;
    QString m_sql;         // with $n placeholders
    QString m_originalSql; // as written, for messages
    std::vector<QByteArray> m_names;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_bound;
    QByteArray m_cursorName;
    pg_result* m_batch = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_declared = false;
    bool m_done = false;
    bool m_ownsTransaction = false;
    bool m_readAhead = false;
    bool m_inFlight = false;         // a FETCH of this cursor was sent and not yet received
    pg_result* m_received = nullptr; // a read-ahead batch taken in early (freeConnection)
    QString m_failure;
    QString m_failureState;
};

} // namespace rapport::core
