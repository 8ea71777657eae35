#include "services/DatabaseAccess.h"

#include "logging/LogCategories.h"
#include "storage/BookCopy.h"
#include "storage/Database.h"
#include "storage/DatabaseStats.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace rapport::core {

void DatabaseDeleter::operator()(Database* db) const noexcept
{
    delete db;
}

namespace {

Result<DatabaseHandle> handle(Result<std::unique_ptr<Database>> db)
{
    if (!db)
        return db.error();
    return DatabaseHandle(std::move(db).value().release());
}

} // namespace

Result<DatabaseHandle> DatabaseAccess::open(const QString& path, DatabaseOpenMode mode)
{
    return handle(Database::open(path, mode));
}

Result<DatabaseHandle> DatabaseAccess::openReadOnly(const QString& path)
{
    auto db = open(path, DatabaseOpenMode::OpenExisting);
    if (!db)
        return db;
    // Refuse writes on this connection, so one can never slip in.
    if (Status s = (*db)->refuseWrites(); !s)
        qCWarning(lcDb).noquote() << "The list connection could not be made read-only:" << s.error().message;
    return db;
}

Result<DatabaseHandle> DatabaseAccess::openInMemory()
{
    return handle(Database::openInMemory());
}

QString DatabaseAccess::path(const Database& db)
{
    return db.path();
}

int DatabaseAccess::schemaVersion(const Database& db)
{
    return db.schemaVersion();
}

Result<DatabaseInfo> DatabaseAccess::info(const Database& db)
{
    auto stats = DatabaseStats::read(db);
    if (!stats)
        return stats.error();
    DatabaseInfo info;
    info.path = db.path();
    info.schemaVersion = db.schemaVersion();
    info.wal = db.walEnabled();
    info.server = db.isServer();
    info.reps = stats->reps;
    info.customers = stats->customers;
    info.activeCustomers = stats->activeCustomers;
    info.interactions = stats->interactions;
    info.surveyResponses = stats->surveyResponses;
    info.goals = stats->goals;
    return info;
}

bool DatabaseAccess::isInMemory(const Database& db)
{
    return db.isInMemory();
}

QString DatabaseAccess::upgradeBackupPath(const Database& db)
{
    return db.upgradeBackupPath();
}

bool DatabaseAccess::isOneOfItsFiles(const Database& db, const QString& otherPath)
{
    return db.isOneOfItsFiles(otherPath);
}

Status DatabaseAccess::refuseOwnFile(const Database& db, const QString& otherPath, const QString& use)
{
    return db.refuseOwnFile(otherPath, use);
}

Status DatabaseAccess::setBusyTimeout(Database& db, int milliseconds)
{
    return db.setBusyTimeout(milliseconds);
}

Status DatabaseAccess::backupTo(const Database& db, const QString& targetPath)
{
    return db.backupTo(targetPath);
}

Status DatabaseAccess::backupReplacing(const Database& db, const QString& targetPath)
{
    return db.backupReplacing(targetPath);
}

Status DatabaseAccess::backupFileReplacing(const QString& sourcePath, const QString& targetPath)
{
    auto db = Database::open(sourcePath, DatabaseOpenMode::OpenExisting);
    if (!db)
        return db.error();
    return (*db)->backupReplacing(targetPath);
}

QString DatabaseAccess::address(const Database& db)
{
    return db.address();
}

QString DatabaseAccess::addressWithoutPassword(const Database& db)
{
    if (!db.isServer())
        return db.address();
    QUrl url(db.address());
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool DatabaseAccess::isConnectionLost(const Database& db)
{
    if (!db.isServer())
        return false;
    pg_conn* handle = db.serverHandle();
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

Status DatabaseAccess::reconnect(Database& db)
{
    if (!db.isServer())
        return {};
    QSqlDatabase connection = db.connection();
    connection.close();
    if (!connection.open())
        return Error::make(
            QCoreApplication::translate("DatabaseAccess", "Cannot connect to the team server %1 again: %2")
                .arg(db.path(), connection.lastError().databaseText().trimmed()));
    for (const QString& statement : SqlDialect::of(connection.driver()).sessionSetup()) {
        if (Status s = sql::execText(connection, statement); !s)
            return s;
    }
    return {};
}

bool DatabaseAccess::isServerAddress(const QString& pathOrUri)
{
    return ServerAddress::isServerAddress(pathOrUri);
}

bool DatabaseAccess::isServer(const Database& db)
{
    return db.isServer();
}

Status DatabaseAccess::copyTo(const Database& source, const QString& target,
                              const std::function<bool(qint64, qint64)>& progress)
{
    if (ServerAddress::isServerAddress(target)) {
        auto server = Database::open(target, DatabaseOpenMode::CreateIfMissing);
        if (!server)
            return server.error();
        return BookCopy::copy(source, **server, progress);
    }
    if (Status s =
            source.refuseOwnFile(target, QCoreApplication::translate("DatabaseAccess", "the copy's target"));
        !s)
        return s;
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink())
        return Error::make(
            QCoreApplication::translate("DatabaseAccess",
                                        "%1 already exists; copy-to writes a new file. Nothing was copied.")
                .arg(target));
    return BookCopy::copyToNewFile(source, target, PartialFile::Replace::No, progress);
}

} // namespace rapport::core
