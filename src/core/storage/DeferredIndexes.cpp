#include "storage/DeferredIndexes.h"

#include "logging/LogCategories.h"
#include "storage/ServerSql.h"

#include <QCoreApplication>
#include <utility>

namespace rapport::core {
namespace {

// How long the import waits for its table's exclusive lock before it keeps the indexes.
constexpr const char* kIndexLockWaitMs = "2000";

QString buildFailed()
{
    return QCoreApplication::translate("rapport::core::ServerImportStore",
                                       "Building the table's indexes failed");
}

} // namespace

Status DeferredIndexes::defer(pg_conn* connection, const QByteArray& table)
{
    const QString failed =
        QCoreApplication::translate("rapport::core::ServerImportStore", "Preparing the import failed");
    auto owner = serverExec(connection,
                            "SELECT pg_has_role(current_user, relowner, 'USAGE'), quote_ident(relname) FROM "
                            "pg_class WHERE oid = $1::regclass",
                            failed, {table});
    if (!owner)
        return owner.error();
    if (owner->rows() != 1 || owner->text(0, 0) != QByteArrayView("t"))
        return {}; // a rep's or a manager's login: the indexes stay
    const QByteArray quotedTable = owner->text(0, 1).toByteArray();
    // The lock for the rest of the transaction, if it is free within moments (a teammate's long
    // read keeps the indexes in place); inside a savepoint, so that a refusal undoes only this.
    if (Status s = serverRun(connection, "SAVEPOINT rapport_defer_indexes", failed); !s)
        return s;
    const auto keepIndexes = [&]() -> Status {
        if (Status s = serverRun(connection, "ROLLBACK TO SAVEPOINT rapport_defer_indexes", failed); !s)
            return s;
        return serverRun(connection, "RELEASE SAVEPOINT rapport_defer_indexes", failed);
    };
    auto waited =
        serverExec(connection, "SELECT current_setting('lock_timeout'), set_config('lock_timeout', $1, true)",
                   failed, {QByteArray(kIndexLockWaitMs)});
    if (!waited)
        return waited.error();
    const QByteArray lockTimeout = waited->text(0, 0).toByteArray();
    if (!serverExec(connection, "LOCK TABLE " + quotedTable + " IN ACCESS EXCLUSIVE MODE", failed))
        return keepIndexes();
    auto found = serverExec(connection,
                            "SELECT NOT EXISTS (SELECT 1 FROM " + quotedTable +
                                "), set_config('lock_timeout', $1, true)",
                            failed, {lockTimeout});
    if (!found)
        return found.error();
    if (found->text(0, 0) != QByteArrayView("t"))
        return keepIndexes(); // not empty: growing the indexes costs less than building them again
    m_filledTable = quotedTable;
    // The secondary indexes: not the primary key, and none that a constraint (unique) stands on.
    auto indexes =
        serverExec(connection,
                   "SELECT quote_ident(i.relname), pg_get_indexdef(x.indexrelid) FROM pg_index x "
                   "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = $1::regclass AND NOT "
                   "x.indisprimary AND NOT x.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint "
                   "c WHERE c.conindid = x.indexrelid) ORDER BY i.relname",
                   failed, {table});
    if (!indexes)
        return indexes.error();
    QByteArray names;
    for (int i = 0; i < indexes->rows(); ++i) {
        const QByteArray name = indexes->text(i, 0).toByteArray();
        m_pending.insert(name, indexes->text(i, 1).toByteArray());
        names += (names.isEmpty() ? "" : ", ") + name;
    }
    if (!names.isEmpty()) {
        if (Status s = serverRun(connection, "DROP INDEX " + names, failed); !s)
            return s;
    }
    return serverRun(connection, "RELEASE SAVEPOINT rapport_defer_indexes", failed);
}

Status DeferredIndexes::build(pg_conn* connection, const QByteArray& name)
{
    const auto it = m_pending.find(name);
    if (it == m_pending.end())
        return {};
    const QByteArray create = it.value();
    m_pending.erase(it);
    return serverRun(connection, create, buildFailed());
}

Status DeferredIndexes::buildAll(pg_conn* connection)
{
    for (const QByteArray& create : std::as_const(m_pending)) {
        if (Status s = serverRun(connection, create, buildFailed()); !s)
            return s;
    }
    m_pending.clear();
    return {};
}

Status DeferredIndexes::beforeCommit(pg_conn* connection)
{
    if (m_filledTable.isEmpty())
        return {};
    return serverRun(
        connection, "SET LOCAL synchronous_commit = on",
        QCoreApplication::translate("rapport::core::ServerImportStore", "Committing the import failed"));
}

void DeferredIndexes::afterCommit(pg_conn* connection)
{
    if (m_filledTable.isEmpty())
        return;
    const QByteArray table = std::exchange(m_filledTable, {});
    if (Status s = serverRun(connection, "VACUUM (ANALYZE) " + table, QStringLiteral("VACUUM")); !s)
        qCWarning(lcDb).noquote() << "VACUUM after an import failed:" << s.error().details();
}

} // namespace rapport::core
