#pragma once

#include "common/DatabaseOpenMode.h"
#include "common/Result.h"
#include "storage/PartialFile.h"
#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct pg_conn;

namespace rapport::core {

// One open Rapport database, migrated to the current schema: a SQLite file with Rapport's
// application id, or a team server's PostgreSQL database (named by a postgresql:// URI). A
// Database (and its QSqlDatabase connection) belongs to the thread that opened it; a worker
// thread calls openAnotherConnection().
class Database
{
public:
    // 'RPRT' in the SQLite header's application_id field marks a Rapport file.
    static constexpr quint32 kApplicationId = 0x52505254;

    using OpenMode = DatabaseOpenMode;

    // `path` is a file, or a server's postgresql:// URI (see ServerAddress).
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& address);
    // A private database in memory, for tests and scratch work.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A second connection to the same file, for use on another thread.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase connection() const;
    // The file's absolute path, or the server's displayName() (never a password).
    const QString& path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    bool isServer() const { return m_server.has_value(); }
    // What open() takes to open this database again (another connection, a worker's): the
    // file's path, or the server's URI as given, password and all. Never shown to anyone.
    const QString& address() const { return m_address; }
    bool walEnabled() const { return m_wal; }
    int schemaVersion() const;
    // The path of the backup written before the last schema upgrade, empty if none.
    const QString& upgradeBackupPath() const { return m_upgradeBackup; }

    // The raw SQLite handle, for bulk paths inside the storage layer only (null on a server).
    sqlite3* nativeHandle() const;
    // The libpq connection under QPSQL, for COPY and the bulk reads (null on a file).
    pg_conn* serverHandle() const;

    // Reads every page and says whether the file is damaged. Bulk writers (imports) call it
    // first, so a damaged file is not written further.
    Status checkIntegrity() const;

    // From now on this connection refuses every write (a list reader's).
    Status refuseWrites();

    // How long a statement waits for another writer before giving up (default 10 s).
    Status setBusyTimeout(int milliseconds);

    // True when `otherPath` names the database file or one of SQLite's files beside it (-wal,
    // -shm, -journal), through any link. Such a file must never be read, written, replaced or
    // even opened and closed outside SQLite: closing any descriptor of it drops this process's
    // locks, and another process would then delete the write-ahead log under us.
    bool isOneOfItsFiles(const QString& otherPath) const;
    // An error saying so when `otherPath` is one of them; `use` says what it was to be
    // ("written as the CSV file").
    Status refuseOwnFile(const QString& otherPath, const QString& use) const;

    // A consistent copy of the database, safe while others read and write it.
    Status backupTo(const QString& targetPath) const;
    // The same, replacing `targetPath` if it exists (the user said so): the copy is written
    // next to it first and renamed over it only when complete, so a failure keeps the old file.
    Status backupReplacing(const QString& targetPath) const;

    // Write transactions take the write lock up front (BEGIN IMMEDIATE), so that two
    // writers wait for each other instead of failing half-way.
    Status beginWrite();
    Status commit();
    void rollback();

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path, bool isNewFile);
    static Result<std::unique_ptr<Database>> openServerConnection(const ServerAddress& address);
    Status configure(bool isNewFile);
    Status migrate();
    void enableWal();
    Status writeBackup(const QString& targetPath, PartialFile::Replace replace) const;

    QString m_path;
    QString m_connectionName;
    QString m_upgradeBackup;
    QString m_address;
    std::optional<ServerAddress> m_server;
    bool m_wal = false;
};

// Rolls back unless commit() was called: a scope that returns early never leaves
// half a change behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace rapport::core
