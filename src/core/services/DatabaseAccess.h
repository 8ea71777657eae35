#pragma once

#include "common/DatabaseOpenMode.h"
#include "common/Result.h"

#include <QString>
#include <functional>
#include <memory>

namespace rapport::core {

class Database;

// Deletes a Database where its type is complete, so that code holding one (the GUI) needs
// no storage header.
struct DatabaseDeleter
{
    void operator()(Database* db) const noexcept;
};
using DatabaseHandle = std::unique_ptr<Database, DatabaseDeleter>;

// What a database holds, and how it is set up: `rapport-cli info`, and whether `demo` may
// write into it.
struct DatabaseInfo
{
    QString path;
    int schemaVersion = 0;
    bool wal = false;
    bool server = false; // a team server's database rather than a file
    qint64 reps = 0;
    qint64 customers = 0;
    qint64 activeCustomers = 0;
    qint64 interactions = 0;
    qint64 surveyResponses = 0;
    qint64 goals = 0;

    bool holdsData() const { return reps + customers + interactions + surveyResponses + goals > 0; }
};

// What the screens and the command line do with a database as a whole: open it (on any thread: a connection
// belongs to the thread that opened it), name it, copy it. The services take the open
// Database by reference; only they and the storage layer look inside it.
class DatabaseAccess
{
public:
    static Result<DatabaseHandle> open(const QString& path,
                                       DatabaseOpenMode mode = DatabaseOpenMode::OpenExisting);
    // A connection for reading lists only: a write on it is refused by SQLite.
    static Result<DatabaseHandle> openReadOnly(const QString& path);
    static Result<DatabaseHandle> openInMemory();

    // The file's path, or a server's name without its password: for showing.
    static QString path(const Database& db);
    // What open() takes to open the same database again (a worker's connection); never shown.
    static QString address(const Database& db);
    // address() with any password taken out: what may be stored (recent files, settings).
    static QString addressWithoutPassword(const Database& db);
    static int schemaVersion(const Database& db);
    static Result<DatabaseInfo> info(const Database& db);
    static bool isInMemory(const Database& db);
    // The backup written before the last schema upgrade, empty if none.
    static QString upgradeBackupPath(const Database& db);
    // True when `otherPath` is the database file or one of SQLite's files beside it.
    static bool isOneOfItsFiles(const Database& db, const QString& otherPath);
    // How long a statement waits for another writer before giving up (10 s when opened).
    static Status setBusyTimeout(Database& db, int milliseconds);
    // An error saying so when `otherPath` is one of them; `use` says what it was to be.
    static Status refuseOwnFile(const Database& db, const QString& otherPath, const QString& use);
    // A consistent copy into a new file; refused when `targetPath` exists.
    static Status backupTo(const Database& db, const QString& targetPath);
    // A consistent copy, replacing `targetPath` only once complete.
    static Status backupReplacing(const Database& db, const QString& targetPath);
    // Opens `sourcePath` on the calling thread and copies it there (a backup worker).
    static Status backupFileReplacing(const QString& sourcePath, const QString& targetPath);

    // True when a team server's connection is known to be gone (the server went away, the
    // network dropped): libpq noticed it on a statement or on the wait for notifications.
    // Never true for a file.
    static bool isConnectionLost(const Database& db);
    // Connects `db` to its server again, in place (the same Database, so whoever holds it keeps
    // it), and runs the session set-up again. Call it once the server answers again.
    static Status reconnect(Database& db);

    // True for a team server's address (postgresql://...) rather than a file path.
    static bool isServerAddress(const QString& pathOrUri);
    static bool isServer(const Database& db);
    // Copies every record of `source` into `target` (a file path or a server URI), which must
    // be empty: a file that does not exist yet, or a server database without records. All or
    // nothing: a file appears under its name only when complete. `progress(done, total)` is
    // called now and then; returning false cancels.
    static Status copyTo(const Database& source, const QString& target,
                         const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace rapport::core
