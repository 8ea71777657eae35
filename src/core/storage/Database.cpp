#include "storage/Database.h"

#include "logging/LogCategories.h"
#include "storage/BookCopy.h"
#include "storage/Migrations.h"
#include "storage/PartialFile.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <algorithm>
#include <sqlite3.h>
#include <sys/stat.h>

namespace rapport::core {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter = 0;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks the header of a file that already exists, so that a file which is not ours is
// refused byte-for-byte unchanged. The bytes come through SQLite's own descriptor
// (readHeaderThroughSqlite): opening and closing the file any other way would drop every
// POSIX lock this process holds on it, and another process would then believe it is alone,
// checkpoint, and delete the write-ahead log under our open connections.
Status checkHeader(const QString& path, const QByteArray& header, qint64 fileSize)
{
    if (fileSize == 0)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "%1 is an empty file, not a Rapport database. It was left unchanged.")
                .arg(path));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::make(
            QCoreApplication::translate(
                "rapport::core::Database",
                "%1 is not a Rapport database (it is not an SQLite file). It was left unchanged.")
                .arg(path));
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != Database::kApplicationId)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "%1 is an SQLite database of another program, not a Rapport "
                                        "database. It was left unchanged.")
                .arg(path));
    // A file cut short (a copy that stopped half-way, a full disk) still has a good header;
    // the header's page count says how long it must be. SQLite trusts that count only when
    // the change counter matches the version-valid-for number, and so do we.
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    // While a write-ahead log with content sits beside the file, a checkpoint may have been cut
    // off half-way (page 1 already copied, the file not yet grown): SQLite finishes it from
    // the log at the next open, so the file is not damaged. (QFileInfo only stats the log.)
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending && pageCount > 0 && changeCounter == validFor && fileSize < pageSize * pageCount)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "%1 is damaged: the file is shorter than its header says (%2 of %3 "
                                        "bytes), as if a copy stopped half-way. Restore it from a backup. "
                                        "It was left unchanged.")
                .arg(path)
                .arg(fileSize)
                .arg(pageSize * pageCount));
    return {};
}

// The first 100 bytes and the size of the main file, read with the descriptor SQLite opened
// for this connection. SQLite opens the file when the connection opens but reads nothing
// before the first statement, so a foreign file is still untouched here.
Status readHeaderThroughSqlite(sqlite3* handle, const QString& path, QByteArray& header, qint64& fileSize)
{
    sqlite3_file* file = nullptr;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database", "Cannot read %1.").arg(path));
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database", "Cannot read %1.").arg(path));
    header = QByteArray(100, '\0');
    const int rc = file->pMethods->xRead(file, header.data(), 100, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database", "Cannot read %1 (SQLite error %2).")
                .arg(path)
                .arg(rc));
    fileSize = size;
    header.truncate(static_cast<int>(std::min<sqlite3_int64>(size, 100)));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_address(m_path)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (ServerAddress::isServerAddress(path)) {
        auto address = ServerAddress::parse(path);
        if (!address)
            return address.error();
        auto db = openServer(*address);
        if (db)
            (*db)->m_address = path;
        return db;
    }
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        if (info.isDir())
            return Error::make(QCoreApplication::translate("rapport::core::Database",
                                                           "%1 is a folder, not a Rapport database.")
                                   .arg(path));
        // A FIFO or a device would block or be read as garbage; only a regular file is a database.
        if (!info.isFile())
            return Error::make(
                QCoreApplication::translate(
                    "rapport::core::Database",
                    "%1 is not a regular file, so it cannot be a Rapport database. It was left unchanged.")
                    .arg(path));
        // SQLite would open a read-only file "successfully" and fail at the first write,
        // or (in WAL mode, with a read-only folder) fail to read at all: say so up front.
        if (!info.isWritable())
            return Error::make(
                QCoreApplication::translate("rapport::core::Database",
                                            "%1 is read-only. Rapport needs to write to its database: change "
                                            "the file's permissions or copy it to a folder of yours. It was "
                                            "left unchanged.")
                    .arg(path));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error::make(QCoreApplication::translate(
                                   "rapport::core::Database",
                                   "The folder %1 is read-only. Rapport keeps two working files beside "
                                   "the database (%2-wal and %2-shm): move the database to a "
                                   "writable folder. It was left unchanged.")
                                   .arg(info.absolutePath(), info.fileName()));
    } else {
        if (mode == OpenMode::OpenExisting)
            return Error::make(
                QCoreApplication::translate("rapport::core::Database", "There is no database at %1.")
                    .arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(
                QCoreApplication::translate("rapport::core::Database", "Cannot create the folder %1.")
                    .arg(info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error::make(QCoreApplication::translate("rapport::core::Database",
                                                           "Cannot create %1: the folder is read-only.")
                                   .arg(path));
    }
    return openConnection(info.absoluteFilePath(), !exists);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openConnection(QStringLiteral(":memory:"), true);
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    if (m_server) {
        auto db = openServerConnection(*m_server);
        if (db)
            (*db)->m_address = m_address;
        return db;
    }
    if (isInMemory())
        return Error::make(QCoreApplication::translate(
            "rapport::core::Database", "An in-memory database cannot be shared between connections."));
    return openConnection(m_path, false);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path, bool isNewFile)
{
    std::unique_ptr<Database> self(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            return Error::make(
                QCoreApplication::translate("rapport::core::Database", "Cannot open the database %1: %2")
                    .arg(path, db.lastError().text()));
    }
    if (isNewFile && !self->isInMemory()) {
        // Customer data: readable by the owner only (SQLite gives -wal and -shm the same mode).
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!isNewFile && !self->isInMemory()) {
        QByteArray header;
        qint64 fileSize = 0;
        if (Status s = readHeaderThroughSqlite(self->nativeHandle(), path, header, fileSize); !s)
            return s.error();
        if (Status s = checkHeader(path, header, fileSize); !s)
            return s.error();
    }
    if (Status s = self->configure(isNewFile); !s)
        return s.error();
    if (Status s = self->migrate(); !s)
        return s.error();
    // WAL last: switching rewrites the file header, so a file that turns out to be damaged
    // during the (read-first) migration step is left exactly as it was.
    self->enableWal();
    return self;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::make(QCoreApplication::translate(
            "rapport::core::Database", "This installation of Rapport cannot reach a team server: Qt's "
                                       "PostgreSQL driver (package libqt6sql6-psql) is missing."));
    return openServerConnection(address);
}

Result<std::unique_ptr<Database>> Database::openServerConnection(const ServerAddress& address)
{
    std::unique_ptr<Database> self(new Database(address.displayName(), nextConnectionName()));
    self->m_server = address;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_connectionName);
        address.applyTo(db);
        if (!db.open()) {
            // libpq's text names host and user, never the password.
            return Error::make(QCoreApplication::translate("rapport::core::Database",
                                                           "Cannot connect to the team server %1: %2")
                                   .arg(self->m_path, db.lastError().databaseText().trimmed()));
        }
    }
    const QSqlDatabase db = self->connection();
    const SqlDialect& dialect = SqlDialect::of(db.driver());
    if (dialect.schemaVersion(db) == 0 && dialect.hasTables(db))
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "The database %1 holds tables of another program, not Rapport's. "
                                        "Use an empty database for Rapport (createdb). Nothing was changed.")
                .arg(self->m_path));
    if (Status s = self->configure(self->schemaVersion() == 0); !s)
        return s.error();
    if (Status s = self->migrate(); !s)
        return s.error();
    return self;
}

pg_conn* Database::serverHandle() const
{
    const QVariant v = connection().driver()->handle();
    // Qt 6 names the type by the struct behind libpq's typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn* const*>(v.constData());
}

Status Database::configure(bool isNewFile)
{
    const QSqlDatabase db = connection();
    const SqlDialect& dialect = SqlDialect::of(db.driver());
    const int version = dialect.schemaVersion(db);
    if (version < 0)
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "%1 cannot be read as a database. It was left unchanged.")
                .arg(m_path));
    if (version > Migrations::currentVersion())
        return Error::make(QCoreApplication::translate(
                               "rapport::core::Database",
                               "%1 was written by a newer version of Rapport (schema %2; this version "
                               "understands up to %3). Update Rapport to open it. The file was left "
                               "unchanged.")
                               .arg(m_path)
                               .arg(version)
                               .arg(Migrations::currentVersion()));

    for (const QString& statement : dialect.sessionSetup()) {
        if (Status s = sql::execText(db, statement); !s)
            return s;
    }
    if (isNewFile) {
        // Before the first write creates the file (its page size); the application id is in the
        // main file's header from the first moment: checkHeader() reads it there.
        for (const QString& statement : dialect.newDatabaseSetup(kApplicationId)) {
            if (Status s = sql::execText(db, statement); !s)
                return s;
        }
    }
    return {};
}

void Database::enableWal()
{
    if (isInMemory() || m_server)
        return;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
        m_wal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!m_wal)
        qCWarning(lcDb) << "the file system refused WAL mode; using a rollback journal";
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    const SqlDialect& dialect = SqlDialect::of(db.driver());
    const int version = dialect.schemaVersion(db);
    if (version == Migrations::currentVersion())
        return {};
    // A file that holds anything gets a backup beside it before its schema changes: a
    // version of 0 says nothing about that (a file whose version was reset still has tables).
    // (A server's upgrade is one transaction; its backups are the administrator's.)
    if (!isInMemory() && !m_server && (version > 0 || dialect.hasTables(db))) {
        QString backup = m_path + QStringLiteral(".schema-v%1.bak").arg(version);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = m_path + QStringLiteral(".schema-v%1-%2.bak").arg(version).arg(n);
        if (Status s = backupTo(backup); !s)
            return Error::make(QCoreApplication::translate("rapport::core::Database",
                                                           "Could not write a backup before upgrading %1: %2")
                                   .arg(m_path, s.error().message));
        m_upgradeBackup = backup;
        qCInfo(lcDb).nospace() << "upgrading schema " << version << " -> " << Migrations::currentVersion()
                               << ", backup written";
    }
    return Migrations::apply(db, version, Migrations::stepsFor(dialect));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const QSqlDatabase db = connection();
    return SqlDialect::of(db.driver()).schemaVersion(db);
}

sqlite3* Database::nativeHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool Database::isOneOfItsFiles(const QString& otherPath) const
{
    if (isInMemory() || m_server || otherPath.isEmpty())
        return false;
    struct stat other
    {
    };
    const bool otherExists = ::stat(QFile::encodeName(otherPath).constData(), &other) == 0;
    const QString otherAbsolute = QDir::cleanPath(QFileInfo(otherPath).absoluteFilePath());
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString own = m_path + QLatin1String(suffix);
        struct stat st
        {
        };
        // The same inode through a link or another spelling of the path is the same file.
        if (otherExists && ::stat(QFile::encodeName(own).constData(), &st) == 0 &&
            st.st_dev == other.st_dev && st.st_ino == other.st_ino)
            return true;
        if (QDir::cleanPath(QFileInfo(own).absoluteFilePath()) == otherAbsolute)
            return true;
    }
    return false;
}

Status Database::refuseOwnFile(const QString& otherPath, const QString& use) const
{
    if (!isOneOfItsFiles(otherPath))
        return {};
    return Error::make(QCoreApplication::translate(
                           "rapport::core::Database",
                           "%1 is the open database itself (or one of its working files); it cannot be %2. "
                           "Choose another file. Nothing was changed.")
                           .arg(otherPath, use));
}

Status Database::backupReplacing(const QString& targetPath) const
{
    // Renaming a copy over the open file (or its log) would leave every connection writing to
    // an unlinked one.
    if (Status s = refuseOwnFile(targetPath, QStringLiteral("replaced by a backup")); !s)
        return s;
    return writeBackup(targetPath, PartialFile::Replace::Yes);
}

Status Database::backupTo(const QString& targetPath) const
{
    return writeBackup(targetPath, PartialFile::Replace::No);
}

Status Database::writeBackup(const QString& targetPath, PartialFile::Replace replace) const
{
    const QFileInfo target(targetPath);
    if (replace == PartialFile::Replace::No && (target.exists() || target.isSymLink()))
        return Error::make(
            QCoreApplication::translate("rapport::core::Database",
                                        "%1 already exists; choose another name for the backup.")
                .arg(targetPath));
    // A server's backup is a Rapport file holding every record (team.md).
    if (m_server)
        return BookCopy::copyToNewFile(*this, targetPath, replace);
    // VACUUM INTO writes into an empty file that exists, keeping its owner-only mode (and
    // SQLite gives its journal the same mode); under the target's own name a killed backup
    // would leave a readable, half-written copy that also blocks the next one.
    PartialFile partial(targetPath);
    if (Status s = partial.create(); !s)
        return s;
    auto q = sql::prepare(connection(), QStringLiteral("VACUUM INTO ?"));
    if (!q)
        return q.error();
    q->addBindValue(partial.path());
    if (Status s = sql::exec(*q); !s)
        return s;
    return partial.moveOntoTarget(replace);
}

Status Database::checkIntegrity() const
{
    if (m_server)
        return {}; // the server checks its own pages
    // quick_check reads every page (but skips the index-content comparison of integrity_check):
    // about a second per few hundred MiB, paid before bulk writes only.
    QSqlQuery q(connection());
    QString verdict;
    if (q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next())
        verdict = q.value(0).toString();
    else
        verdict = q.lastError().text();
    if (verdict == QLatin1String("ok"))
        return {};
    return Error::make(QCoreApplication::translate(
                           "rapport::core::Database",
                           "%1 is damaged (SQLite's check says: %2). Nothing was written to it. Restore "
                           "it from a backup, or export what can still be read.")
                           .arg(m_path, verdict),
                       QStringLiteral("PRAGMA quick_check(1)"));
}

Status Database::refuseWrites()
{
    return sql::execText(connection(), SqlDialect::of(connection().driver()).readOnlySession());
}

Status Database::setBusyTimeout(int milliseconds)
{
    return sql::execText(connection(), SqlDialect::of(connection().driver()).busyTimeout(milliseconds));
}

Status Database::beginWrite()
{
    return sql::execText(connection(), SqlDialect::of(connection().driver()).beginWrite());
}

Status Database::commit()
{
    return sql::execText(connection(), QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    (void)sql::execText(connection(), QStringLiteral("ROLLBACK"));
}

WriteTransaction::WriteTransaction(Database& db) : m_db(db), m_begun(db.beginWrite())
{
    m_done = !m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        m_db.rollback();
}

Status WriteTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    m_done = true;
    Status s = m_db.commit();
    if (!s)
        m_db.rollback();
    return s;
}

} // namespace rapport::core
