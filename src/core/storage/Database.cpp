#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rapport::core {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter = 0;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checks a file that already exists before SQLite touches it, so that a file which is
// not ours is refused byte-for-byte unchanged.
Status checkExistingFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Error::make(
            QStringLiteral("%1 is an empty file, not a Rapport database. It was left unchanged.").arg(path));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::make(
            QStringLiteral("%1 is not a Rapport database (it is not an SQLite file). It was left unchanged.")
                .arg(path));
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != Database::kApplicationId)
        return Error::make(QStringLiteral("%1 is an SQLite database of another program, not a Rapport "
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
    // the log at the next open, so the file is not damaged.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending && pageCount > 0 && changeCounter == validFor && file.size() < pageSize * pageCount)
        return Error::make(QStringLiteral("%1 is damaged: the file is shorter than its header says (%2 of %3 "
                                          "bytes), as if a copy stopped half-way. Restore it from a backup. "
                                          "It was left unchanged.")
                               .arg(path)
                               .arg(file.size())
                               .arg(pageSize * pageCount));
    return {};
}

int readUserVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
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
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        if (info.isDir())
            return Error::make(QStringLiteral("%1 is a folder, not a Rapport database.").arg(path));
        if (Status s = checkExistingFile(path); !s)
            return s.error();
        // SQLite would open a read-only file "successfully" and fail at the first write,
        // or (in WAL mode, with a read-only folder) fail to read at all: say so up front.
        if (!info.isWritable())
            return Error::make(QStringLiteral("%1 is read-only. Rapport needs to write to its database: change "
                                              "the file's permissions or copy it to a folder of yours. It was "
                                              "left unchanged.")
                                   .arg(path));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error::make(QStringLiteral("The folder %1 is read-only. Rapport keeps two working files beside "
                                              "the database (%2-wal and %2-shm): move the database to a "
                                              "writable folder. It was left unchanged.")
                                   .arg(info.absolutePath(), info.fileName()));
    } else {
        if (mode == OpenMode::OpenExisting)
            return Error::make(QStringLiteral("There is no database at %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error::make(QStringLiteral("Cannot create %1: the folder is read-only.").arg(path));
    }
    return openConnection(info.absoluteFilePath(), !exists);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openConnection(QStringLiteral(":memory:"), true);
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    if (isInMemory())
        return Error::make(QStringLiteral("An in-memory database cannot be shared between connections."));
    return openConnection(m_path, false);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path, bool isNewFile)
{
    std::unique_ptr<Database> self(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            return Error::make(QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
    if (isNewFile && !self->isInMemory()) {
        // Customer data: readable by the owner only (SQLite gives -wal and -shm the same mode).
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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

Status Database::configure(bool isNewFile)
{
    const QSqlDatabase db = connection();
    const int version = readUserVersion(db);
    if (version < 0)
        return Error::make(QStringLiteral("%1 cannot be read as a database. It was left unchanged.").arg(m_path));
    if (version > Migrations::currentVersion())
        return Error::make(QStringLiteral("%1 was written by a newer version of Rapport (schema %2; this version "
                                          "understands up to %3). Update Rapport to open it. The file was left "
                                          "unchanged.")
                               .arg(m_path)
                               .arg(version)
                               .arg(Migrations::currentVersion()));

    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"}) {
        if (Status s = sql::execText(db, QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (isNewFile) {
        // Chosen before the first write creates the file. 8 KiB pages instead of SQLite's
        // 4 KiB: the big tables are read in long index range scans and written in bulk
        // imports, both of which do better with half as many pages (the CSV import of
        // 100,000 customers' files took 12.7 s instead of 14.5 s; metrics and findings
        // unchanged).
        if (Status s = sql::execText(db, QStringLiteral("PRAGMA page_size = 8192")); !s)
            return s;
        // Stamped before WAL is switched on, so the id is in the main file's header
        // from the first moment: checkExistingFile() reads it there.
        if (Status s = sql::execText(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
            return s;
    }
    // FULL: a committed change survives a power cut, which matters more here than write speed.
    return sql::execText(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

void Database::enableWal()
{
    if (isInMemory())
        return;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
        m_wal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!m_wal)
        spdlog::warn("rapport.db: the file system refused WAL mode; using a rollback journal");
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    const int version = readUserVersion(db);
    if (version == Migrations::currentVersion())
        return {};
    if (version > 0 && !isInMemory()) {
        // A file that holds data gets a backup beside it before its schema changes.
        QString backup = m_path + QStringLiteral(".schema-v%1.bak").arg(version);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = m_path + QStringLiteral(".schema-v%1-%2.bak").arg(version).arg(n);
        if (Status s = backupTo(backup); !s)
            return Error::make(QStringLiteral("Could not write a backup before upgrading %1: %2")
                                   .arg(m_path, s.error().message));
        m_upgradeBackup = backup;
        spdlog::info("rapport.db: upgrading schema {} -> {}, backup written", version,
                     Migrations::currentVersion());
    }
    return Migrations::apply(db, version, Migrations::steps());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return readUserVersion(connection());
}

sqlite3* Database::nativeHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Status Database::backupReplacing(const QString& targetPath) const
{
    const QFileInfo target(targetPath);
    // Renaming a copy over the open file would leave every connection writing to an unlinked one.
    if (!path().isEmpty() && target.exists()
        && target.canonicalFilePath() == QFileInfo(path()).canonicalFilePath())
        return Error::make(QStringLiteral("%1 is the open database itself; choose another file for the backup.")
                               .arg(targetPath));
    const QString partial =
        target.absoluteDir().filePath(QStringLiteral(".%1.partial-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(partial); // left by a crash of this very process id: never anyone's data
    if (Status s = backupTo(partial); !s)
        return s;
    // rename(2) replaces the old file in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int error = errno;
        QFile::remove(partial);
        return Error::make(QStringLiteral("Cannot replace %1: %2").arg(targetPath, QString::fromLocal8Bit(std::strerror(error))));
    }
    return {};
}

Status Database::backupTo(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return Error::make(QStringLiteral("%1 already exists; choose another name for the backup.").arg(targetPath));
    auto q = sql::prepare(connection(), QStringLiteral("VACUUM INTO ?"));
    if (!q)
        return q.error();
    q->addBindValue(QFileInfo(targetPath).absoluteFilePath());
    if (Status s = sql::exec(*q); !s) {
        QFile::remove(targetPath);
        return s;
    }
    QFile::setPermissions(targetPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status Database::setBusyTimeout(int milliseconds)
{
    return sql::execText(connection(), QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

Status Database::beginWrite()
{
    return sql::execText(connection(), QStringLiteral("BEGIN IMMEDIATE"));
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
