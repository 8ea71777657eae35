#include "storage/Database.h"

#include "TestSupport.h"
#include "storage/Migrations.h"
#include "storage/RepRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

using namespace rapport;
using rapport::test::TempDatabase;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int pragmaInt(const core::Database& db, const char* pragma)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QString::fromLatin1(pragma)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE(
    "a new database is created with Rapport's id, the current schema, WAL, 8 KiB pages and foreign keys",
    "[storage]")
{
    TempDatabase temp;
    auto db = temp.open();
    CHECK(db->schemaVersion() == core::Migrations::currentVersion());
    CHECK(pragmaInt(*db, "PRAGMA page_size") == 8192);
    CHECK(static_cast<quint32>(pragmaInt(*db, "PRAGMA application_id")) == core::Database::kApplicationId);
    CHECK(pragmaInt(*db, "PRAGMA foreign_keys") == 1);
    CHECK(pragmaInt(*db, "PRAGMA busy_timeout") > 0);
    CHECK(db->walEnabled());
    CHECK(db->nativeHandle() != nullptr);
}

TEST_CASE("a new database file is readable by its owner only", "[storage][security]")
{
    TempDatabase temp;
    auto db = temp.open();
    const auto perms = QFileInfo(temp.path()).permissions();
    CHECK((perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                    QFileDevice::WriteOther)) == 0);
}

TEST_CASE("reopening a database keeps its data and does not migrate again", "[storage]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r1"), QStringLiteral("Ada"), core::RepRole::Rep}));
    }
    auto db = temp.open();
    auto reps = core::RepRepository(*db).list();
    REQUIRE_OK(reps);
    REQUIRE(reps->size() == 1);
    CHECK(db->upgradeBackupPath().isEmpty());
}

TEST_CASE("files that are not Rapport databases are refused and left byte-for-byte unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));

    SECTION("an empty file")
    {
        writeFile(path, {});
    }
    SECTION("random bytes")
    {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(static_cast<char>((i * 7919 + 13) % 256));
        writeFile(path, bytes);
    }
    SECTION("a text file")
    {
        writeFile(path, "name,email\nAda,ada@example.com\n");
    }
    SECTION("another program's SQLite database")
    {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    const QByteArray before = test::fileHash(path);
    auto db = core::Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("not a Rapport database")));
    CHECK(db.error().message.contains(QStringLiteral("left unchanged")));
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a database from a newer version of Rapport is refused and left unchanged", "[storage]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(core::Migrations::currentVersion() + 5)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = test::fileHash(temp.path());
    auto db = core::Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer version of Rapport")));
    CHECK(test::fileHash(temp.path()) == before);
}

TEST_CASE("opening a missing file in OpenExisting mode does not create it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("There is no database")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a backup is a consistent, complete copy that opens as a Rapport database", "[storage]")
{
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("r1"), QStringLiteral("Ada"), core::RepRole::Manager}));
    const QString copy = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE_OK(db->backupTo(copy));
    auto restored = test::openOrFail(copy);
    auto rep = core::RepRepository(*restored).find(QStringLiteral("r1"));
    REQUIRE_OK(rep);
    REQUIRE(rep->has_value());
    CHECK((*rep)->role == core::RepRole::Manager);

    SECTION("and never overwrites an existing file")
    {
        CHECK_FALSE(db->backupTo(copy).ok());
    }
}

TEST_CASE("a replacing backup swaps the old file for a complete copy and keeps it when the copy fails",
          "[storage]")
{
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("r1"), QStringLiteral("Ada"), core::RepRole::Manager}));
    const QString copy = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    {
        QFile old(copy);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("yesterday's backup");
    }
    REQUIRE_OK(db->backupReplacing(copy));
    auto restored = test::openOrFail(copy);
    auto rep = core::RepRepository(*restored).find(QStringLiteral("r1"));
    REQUIRE_OK(rep);
    CHECK(rep->has_value());
    CHECK(QDir(temp.dir.path())
              .entryList(QDir::Hidden | QDir::Files)
              .filter(QStringLiteral("partial"))
              .isEmpty());

    // The open database itself is never replaced by its own copy.
    const QByteArray before = test::fileHash(temp.path());
    const core::Status itself = db->backupReplacing(temp.path());
    CHECK_FALSE(itself.ok());
    CHECK(itself.error().message.contains(QStringLiteral("open database itself")));
    CHECK(test::fileHash(temp.path()) == before);

    // A folder that does not exist: an error naming it, nothing written.
    const QString nowhere = temp.dir.filePath(QStringLiteral("missing/copy.sqlite"));
    const core::Status failed = db->backupReplacing(nowhere);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("a write transaction rolls back unless committed", "[storage]")
{
    auto db = test::memoryDatabase();
    core::RepRepository reps(*db);
    {
        core::WriteTransaction tx(*db);
        REQUIRE_OK(tx.begun());
        REQUIRE_OK(reps.insert({QStringLiteral("gone"), QStringLiteral("Gone"), core::RepRole::Rep}));
    }
    {
        core::WriteTransaction tx(*db);
        REQUIRE_OK(reps.insert({QStringLiteral("kept"), QStringLiteral("Kept"), core::RepRole::Rep}));
        REQUIRE_OK(tx.commit());
    }
    auto list = reps.list();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == QStringLiteral("kept"));
}

TEST_CASE("a truncated Rapport database is refused as damaged and left unchanged", "[storage][reliability]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        core::RepRepository reps(*db);
        for (int i = 0; i < 2000; ++i)
            REQUIRE_OK(reps.insert(
                {QStringLiteral("rep-%1").arg(i), QStringLiteral("Rep %1").arg(i), core::RepRole::Rep}));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile file(temp.path());
    const qint64 fullSize = file.size();
    REQUIRE(fullSize > 8192);
    REQUIRE(file.resize(fullSize / 2));
    const QByteArray before = test::fileHash(temp.path());
    auto db = core::Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(temp.path()) == before);
}

TEST_CASE("a damaged schema-1 file found by the fuzzer is refused without touching a byte",
          "[storage][reliability]")
{
    // tests/data/damaged-schema-v1.sqlite: the checked-in schema-1 file with a few bytes
    // flipped by fuzz_database_open. Opening it once switched on WAL (rewriting the header)
    // before the damage was found; now nothing is written until the upgrade succeeds.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(RAPPORT_TEST_DATA_DIR "/damaged-schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = test::fileHash(path);
    auto db = core::Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("damaged.sqlite")});
}

TEST_CASE("a file shorter than its header while a write-ahead log is pending is recovered, not refused",
          "[storage][reliability]")
{
    // A process killed during a checkpoint leaves page 1 (with the new page count) copied
    // into the file before the file has grown; the log beside it still holds every page.
    TempDatabase temp;
    QByteArray original;
    {
        auto db = temp.open();
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        core::RepRepository reps(*db);
        for (int i = 0; i < 500; ++i)
            REQUIRE_OK(reps.insert(
                {QStringLiteral("rep-%1").arg(i), QStringLiteral("Rep %1").arg(i), core::RepRole::Rep}));
        // Keep the log: copy the files while the connection is still open.
        QFile::remove(temp.dir.filePath(QStringLiteral("copy.sqlite")));
        REQUIRE(QFile::copy(temp.path(), temp.dir.filePath(QStringLiteral("copy.sqlite"))));
        REQUIRE(QFile::copy(temp.path() + QStringLiteral("-wal"),
                            temp.dir.filePath(QStringLiteral("copy.sqlite-wal"))));
    }
    const QString copy = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    // Write a page 1 claiming many more pages than the file has, as a cut-off checkpoint would.
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray header = file.read(100);
    const quint32 bigger = qFromBigEndian<quint32>(header.constData() + 28) + 50;
    qToBigEndian(bigger, header.data() + 28);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(header) == 100);
    file.close();

    auto db = core::Database::open(copy);
    REQUIRE_OK(db);
    CHECK(core::RepRepository(*db.value()).list().value().size() == 500);
}
