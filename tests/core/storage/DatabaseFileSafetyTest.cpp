#include "TestSupport.h"
#include "interchange/CsvImporter.h"
#include "storage/Database.h"
#include "storage/PartialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace rapport;
using core::Database;

namespace {

// Sets the process umask for one scope: the tests state what a user with the common 022 gets.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask) : m_old(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_old); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_old;
};

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

// The pid of a process that has ended, so nothing of it can still be running.
qint64 endedPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

void fill(Database& db, int rows)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE padding(x)")));
    REQUIRE(
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                              "INSERT INTO padding SELECT randomblob(200) FROM n")
                   .arg(rows)));
}

// Scribbles over a page in the middle of a closed database file, as a failing disk might.
// (The file is closed: no connection of this process is open on it.)
void damageMiddlePage(const QString& path)
{
    qint64 pageSize = 0;
    {
        auto db = test::openOrFail(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 10);
    REQUIRE(f.seek(pageSize * (pages / 2)));
    REQUIRE(f.write(QByteArray(static_cast<int>(pageSize), '\x5a')) == pageSize);
}

// What a progress handler saw of the folder while VACUUM INTO was writing the backup.
struct BackupWatch
{
    QString target;
    QDir folder;
    bool calledWhileWriting = false;
    bool targetSeenWhileWriting = false;
    QStringList partialModes;
};

int watchBackup(void* context)
{
    auto* watch = static_cast<BackupWatch*>(context);
    watch->calledWhileWriting = true;
    if (QFileInfo::exists(watch->target))
        watch->targetSeenWhileWriting = true;
    for (const QString& name : watch->folder.entryList(QDir::Files | QDir::Hidden)) {
        if (name.contains(QLatin1String(".partial-")))
            watch->partialModes << QString::number(modeOf(watch->folder.filePath(name)), 8);
    }
    return 0;
}

} // namespace

TEST_CASE(
    "a backup is written owner-only under a temporary name and appears under its own only when complete",
    "[storage][security]")
{
    const ScopedUmask umask(022);
    test::TempDatabase temp;
    auto db = temp.open();
    fill(*db, 3000);
    BackupWatch watch;
    watch.target = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    watch.folder = QDir(temp.dir.path());
    sqlite3_progress_handler(db->nativeHandle(), 1000, watchBackup, &watch);
    REQUIRE_OK(db->backupTo(watch.target));
    sqlite3_progress_handler(db->nativeHandle(), 0, nullptr, nullptr);

    REQUIRE(watch.calledWhileWriting);
    CHECK_FALSE(watch.targetSeenWhileWriting);
    REQUIRE_FALSE(watch.partialModes.isEmpty());
    for (const QString& mode : watch.partialModes)
        CHECK(mode == QStringLiteral("600"));
    CHECK(modeOf(watch.target) == 0600);
    // Nothing is left beside it.
    CHECK(
        QDir(temp.dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());
    auto copy = test::openOrFail(watch.target);
    QSqlQuery q(copy->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM padding")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3000);
}

TEST_CASE("what a killed backup left behind blocks nothing and is cleared by the next one",
          "[storage][reliability]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    const QString target = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    // A backup killed half-way leaves its temporary file, owner-only, never the target's name.
    const QString stale = temp.dir.filePath(QStringLiteral(".copy.sqlite.partial-%1-0").arg(endedPid()));
    {
        QFile f(stale);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    // A temporary file of a process that still runs (this one) is never touched.
    const QString running = temp.dir.filePath(
        QStringLiteral(".copy.sqlite.partial-%1-99").arg(QCoreApplication::applicationPid()));
    REQUIRE(QFile(running).open(QIODevice::WriteOnly));

    REQUIRE_OK(db->backupTo(target));
    CHECK(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK(QFileInfo::exists(running));
}

TEST_CASE("a backup never replaces what is not a regular file, and never a file that exists when told not to",
          "[storage][safety]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    const QString fifo = temp.dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(db->backupReplacing(fifo).ok());
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));

    const QString existing = test::writeFile(temp, "kept.sqlite", "keep me");
    CHECK_FALSE(db->backupTo(existing).ok());
    CHECK(test::fileHash(existing) == test::fileHash(test::writeFile(temp, "same.txt", "keep me")));
    CHECK(
        QDir(temp.dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE(
    "a Rapport file whose schema version is 0 but which holds tables gets a backup before it is upgraded",
    "[storage][reliability]")
{
    test::TempDatabase temp;
    {
        auto db = temp.open();
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes_of_mine(x)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO notes_of_mine VALUES ('precious')")));
        // Every table of the schema gone and the version reset, as a foreign tool might leave it.
        QStringList tables;
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name <> 'notes_of_mine'")));
        while (q.next())
            tables << q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString& table : tables)
            REQUIRE(q.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 0")));
    }
    auto reopened = test::openOrFail(temp.path());
    REQUIRE_FALSE(reopened->upgradeBackupPath().isEmpty());
    auto backup = Database::open(reopened->upgradeBackupPath());
    // The backup is the file as it was: version 0 with the user's table. (Opening it migrates
    // it in turn, which is fine: it is a copy.)
    REQUIRE(backup.ok());
    QSqlQuery q((*backup)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT x FROM notes_of_mine")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("precious"));
}

TEST_CASE("a database with a damaged page is reported by the integrity check that guards bulk writes",
          "[storage][reliability]")
{
    test::TempDatabase temp;
    {
        auto db = temp.open();
        fill(*db, 2000);
        REQUIRE_OK(db->checkIntegrity());
    }
    damageMiddlePage(temp.path());
    auto db = Database::open(temp.path());
    REQUIRE(db.ok()); // the header is fine, so it opens
    const core::Status check = (*db)->checkIntegrity();
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("the database knows its own files under every name, and a backup never replaces one of them",
          "[storage][safety]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    fill(*db, 10); // a write, so that the write-ahead log exists
    const QString link = temp.dir.filePath(QStringLiteral("alias.sqlite"));
    REQUIRE(QFile::link(temp.path(), link));
    const QString hardLink = temp.dir.filePath(QStringLiteral("hard.sqlite"));
    REQUIRE(::link(QFile::encodeName(temp.path()).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QString dotted = temp.dir.path() + QStringLiteral("/./test.sqlite");
    const QStringList ownNames{temp.path(),
                               temp.path() + QStringLiteral("-wal"),
                               temp.path() + QStringLiteral("-shm"),
                               temp.path() + QStringLiteral("-journal"),
                               link,
                               hardLink,
                               dotted};
    for (const QString& own : ownNames)
        CHECK(db->isOneOfItsFiles(own));
    CHECK_FALSE(db->isOneOfItsFiles(temp.dir.filePath(QStringLiteral("other.sqlite"))));
    CHECK_FALSE(db->isOneOfItsFiles(QString()));

    // (Only stat() here: opening the log with a descriptor of our own would drop our locks.)
    struct stat before
    {
    };
    REQUIRE(::stat(QFile::encodeName(temp.path() + QStringLiteral("-wal")).constData(), &before) == 0);
    CHECK_FALSE(db->backupReplacing(temp.path() + QStringLiteral("-wal")).ok());
    CHECK_FALSE(db->backupReplacing(link).ok());
    struct stat after
    {
    };
    REQUIRE(::stat(QFile::encodeName(temp.path() + QStringLiteral("-wal")).constData(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
}

TEST_CASE("an import refuses the database's own files as its CSV and writes nothing into a damaged database",
          "[storage][safety]")
{
    test::TempDatabase temp;
    {
        auto db = temp.open();
        fill(*db, 2000);
        core::CsvImporter importer(*db);
        for (const QString& own : QStringList{temp.path(), temp.path() + QStringLiteral("-wal")}) {
            const auto refused = importer.importFile(core::CsvKind::Customers, own);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("the open database itself")));
        }
    }
    damageMiddlePage(temp.path());
    const QByteArray before = test::fileHash(temp.path());
    {
        auto db = test::openOrFail(temp.path());
        const QString csv =
            test::writeFile(temp, "c.csv", "external_id,name,acquired_at\r\nX-1,Xena,2025-01-01\r\n");
        const auto refused = core::CsvImporter(*db).importFile(core::CsvKind::Customers, csv);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("is damaged")));
    }
    CHECK(test::fileHash(temp.path()) == before);
}
