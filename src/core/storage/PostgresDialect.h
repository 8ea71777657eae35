#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

namespace rapport::core {

// A team server: PostgreSQL 15 through Qt's QPSQL driver. Instants stay integer epoch
// seconds and amounts integer cents (BIGINT), so every figure is computed from the same
// integers as on a file. The driver does not set the session's time zone and reports
// lastInsertId() through lastval(), so the session starts in UTC and an INSERT whose id is
// wanted says RETURNING id.
// The one way a server failure becomes an Error (the server's counterpart of sqliteError):
// the SQLSTATE classes a user can act on (a lost connection, a lock wait that timed out, a
// refused permission, a full disk) get a sentence of their own with the server's text in
// brackets; any other failure reads "what: the server's text".
Error postgresError(const QString& sqlState, const QString& detail, const QString& what,
                    const QString& statement, SourceLocation where = SourceLocation::current());

class PostgresDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::Postgres; }
    QString identityPrimaryKey() const override;
    QString caseInsensitive() const override;
    QString ddl(const QString& statement) const override;
    QStringList rowTrigger(const QString& name, const QString& table, const QString& event,
                           const QString& when, const QString& body) const override;
    QStringList sessionSetup() const override;
    QStringList newDatabaseSetup(quint32 applicationId) const override;
    QString busyTimeout(int milliseconds) const override;
    QString beginWrite() const override;
    QString readOnlySession() const override
    {
        return QStringLiteral("SET default_transaction_read_only = on");
    }
    QString returningId() const override;
    QString indexHint(const QString& index) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    QString setSchemaVersion(int version) const override;
    bool hasTables(const QSqlDatabase& db) const override;
    QStringList migrationLock() const override;
    QStringList afterMigration() const override;
};

} // namespace rapport::core
