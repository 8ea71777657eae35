#include "TestSupport.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace rapport;

namespace {

QStringList tableNames(const core::Database& db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("migration steps are numbered in order, and the last one is the current version", "[storage][migrations]")
{
    const auto& steps = core::Migrations::steps();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == static_cast<int>(i) + 1);
    CHECK(core::Migrations::currentVersion() == steps.back().version);
}

TEST_CASE("the checked-in schema-1 file upgrades to the current schema, keeps its data and leaves a backup",
          "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(RAPPORT_TEST_DATA_DIR "/rapport-schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray original = test::fileHash(path);

    auto db = test::openOrFail(path);
    CHECK(db->schemaVersion() == core::Migrations::currentVersion());
    CHECK(tableNames(*db).contains(QStringLiteral("kpi_goals")));
    CHECK(tableNames(*db).contains(QStringLiteral("assessments")));

    auto customers = core::CustomerRepository(*db).count();
    REQUIRE_OK(customers);
    CHECK(*customers == 3);
    auto ada = core::CustomerRepository(*db).findByExternalId(QStringLiteral("C-1"));
    REQUIRE_OK(ada);
    REQUIRE(ada->has_value());
    CHECK((*ada)->name == QStringLiteral("Ada Lovelace"));

    REQUIRE_FALSE(db->upgradeBackupPath().isEmpty());
    REQUIRE(QFileInfo::exists(db->upgradeBackupPath()));
    // The backup is the old schema, with the old data, intact.
    QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
    {
        backup.setDatabaseName(db->upgradeBackupPath());
        REQUIRE(backup.open());
        QSqlQuery q(backup);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customers")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        backup.close();
    }
    backup = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
    CHECK(original != test::fileHash(path));
}

TEST_CASE("a step that fails half-way rolls the whole upgrade back", "[storage][migrations]")
{
    auto db = test::memoryDatabase();
    const int before = db->schemaVersion();
    const std::vector<core::MigrationStep> steps{
        {before + 1,
         QStringLiteral("half good, half broken"),
         {QStringLiteral("CREATE TABLE first_half (id INTEGER PRIMARY KEY)"),
          QStringLiteral("CREATE TABLE second_half (id INTEGER PRIMARY KEY, broken SYNTAX ERROR HERE(")}}};
    const core::Status s = core::Migrations::apply(db->connection(), before, steps);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("schema version %1").arg(before + 1)));
    CHECK_FALSE(s.error().statement.isEmpty());
    CHECK(db->schemaVersion() == before);
    CHECK_FALSE(tableNames(*db).contains(QStringLiteral("first_half")));
}

TEST_CASE("re-running every step on a current database changes nothing (steps are idempotent)",
          "[storage][migrations]")
{
    auto db = test::memoryDatabase();
    const QStringList before = tableNames(*db);
    REQUIRE_OK(core::Migrations::apply(db->connection(), 0, core::Migrations::steps()));
    CHECK(tableNames(*db) == before);
    CHECK(db->schemaVersion() == core::Migrations::currentVersion());
}

namespace {

QStringList indexNames(const core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// The plan SQLite would run for `statement`, one line per step.
QString queryPlan(const core::Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a schema-4 file gains the list indexes of step 5 and keeps a backup of version 4",
          "[storage][migrations]")
{
    test::TempDatabase file;
    {
        // Turn a current file back into what schema 4 left on disk.
        auto db = file.open();
        for (const char* statement : {"DROP INDEX customers_company", "DROP INDEX customers_email",
                                      "DROP INDEX interactions_time", "DROP INDEX interactions_rep_time",
                                      "CREATE INDEX interactions_rep ON interactions(rep_id)",
                                      "PRAGMA user_version = 4"})
            REQUIRE_OK(core::sql::execText(db->connection(), QString::fromLatin1(statement)));
        CHECK(db->schemaVersion() == 4);
    }
    auto db = file.open();
    CHECK(db->schemaVersion() == 5);
    REQUIRE_FALSE(db->upgradeBackupPath().isEmpty());
    CHECK(QFileInfo::exists(db->upgradeBackupPath()));
    const QStringList indexes = indexNames(*db);
    CHECK(indexes.contains(QStringLiteral("customers_company")));
    CHECK(indexes.contains(QStringLiteral("customers_email")));
    CHECK(indexes.contains(QStringLiteral("interactions_time")));
    CHECK(indexes.contains(QStringLiteral("interactions_rep_time")));
    CHECK_FALSE(indexes.contains(QStringLiteral("interactions_rep")));
}

TEST_CASE("the list sorts of step 5 are read from an index, not sorted in a temporary tree",
          "[storage][migrations]")
{
    auto db = test::memoryDatabase();
    const QString byCompany = queryPlan(*db, QStringLiteral("SELECT id FROM customers"
                                                             " ORDER BY company COLLATE NOCASE DESC, id DESC LIMIT 200"));
    CHECK(byCompany.contains(QStringLiteral("customers_company")));
    CHECK_FALSE(byCompany.contains(QStringLiteral("TEMP B-TREE")));
    const QString byEmail = queryPlan(*db, QStringLiteral("SELECT id FROM customers"
                                                           " ORDER BY email COLLATE NOCASE, id LIMIT 200"));
    CHECK(byEmail.contains(QStringLiteral("customers_email")));
    CHECK_FALSE(byEmail.contains(QStringLiteral("TEMP B-TREE")));
    const QString newest = queryPlan(*db, QStringLiteral("SELECT id FROM interactions"
                                                          " ORDER BY occurred_at DESC, id DESC LIMIT 200"));
    CHECK(newest.contains(QStringLiteral("interactions_time")));
    CHECK_FALSE(newest.contains(QStringLiteral("TEMP B-TREE")));
    const QString oneRep = queryPlan(*db, QStringLiteral("SELECT id FROM interactions WHERE rep_id = 'ann'"
                                                          " ORDER BY occurred_at DESC, id DESC LIMIT 200"));
    CHECK(oneRep.contains(QStringLiteral("interactions_rep_time")));
    CHECK_FALSE(oneRep.contains(QStringLiteral("TEMP B-TREE")));
}
