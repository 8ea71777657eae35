#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>

struct pg_conn;

namespace rapport::core {

// The bulk path of an import into a team server (ServerImportStore): when the login owns the
// target table and it is empty, its secondary indexes are dropped inside the import's
// transaction and built again, once over all the rows, before COMMIT, as the import into a
// file does. DDL is transactional: a refused, cancelled or killed import leaves every index as
// it was. The primary key and the indexes a constraint stands on (external_id, which the match
// probes) stay.
class DeferredIndexes
{
public:
    // Drops `table`'s secondary indexes if this login owns it, it is empty and its exclusive
    // lock comes within 2 s (a teammate's long read keeps the indexes in place); else nothing.
    Status defer(pg_conn* connection, const QByteArray& table);
    // Builds the index `name` now if it was deferred: a lookup is about to search it.
    Status build(pg_conn* connection, const QByteArray& name);
    // Builds every index still deferred.
    Status buildAll(pg_conn* connection);
    // Around the COMMIT of an import that filled an empty table: before it, the commit is made
    // synchronous; after it, VACUUM (ANALYZE) of the table gives the planner statistics and the
    // metrics' index-only scans a complete visibility map at once, as after copy-to (VACUUM
    // marks a page only once its rows' commit is known flushed; BookCopy::copy). A failure of
    // the vacuum only leaves the work to autovacuum. Nothing for any other import.
    Status beforeCommit(pg_conn* connection);
    void afterCommit(pg_conn* connection);
    // After a rollback, which brought them back.
    void forget()
    {
        m_pending.clear();
        m_filledTable.clear();
    }

private:
    QMap<QByteArray, QByteArray> m_pending; // name -> its CREATE INDEX
    QByteArray m_filledTable;               // quoted; the empty table this import fills
};

} // namespace rapport::core
