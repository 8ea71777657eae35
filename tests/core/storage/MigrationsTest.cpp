#include "storage/Migrations.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
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

TEST_CASE("migration steps are numbered in order, and the last one is the current version",
          "[storage][migrations]")
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
    QSqlDatabase backup =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
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
    REQUIRE(
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")));
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
        test::dropRecordVersions(*db);
        for (const char* statement :
             {"DROP INDEX customers_company", "DROP INDEX customers_email", "DROP INDEX interactions_time",
              "DROP INDEX interactions_rep_time", "CREATE INDEX interactions_rep ON interactions(rep_id)",
              "PRAGMA user_version = 4"})
            REQUIRE_OK(core::sql::execText(db->connection(), QString::fromLatin1(statement)));
        CHECK(db->schemaVersion() == 4);
    }
    auto db = file.open();
    CHECK(db->schemaVersion() == core::Migrations::currentVersion());
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
    const QString byCompany =
        queryPlan(*db, QStringLiteral("SELECT id FROM customers"
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

TEST_CASE(
    "a schema-5 file trades the indexes led by kind for the partial purchase and follow-up indexes of step 6",
    "[storage][migrations]")
{
    test::TempDatabase file;
    {
        auto db = file.open();
        test::revertToSchema5(*db);
        CHECK(db->schemaVersion() == 5);
    }
    auto db = file.open();
    CHECK(db->schemaVersion() == core::Migrations::currentVersion());
    const QStringList indexes = indexNames(*db);
    for (const char* name : {"interactions_purchase_time", "interactions_purchase_customer",
                             "interactions_follow_up_time", "interactions_follow_up_customer"})
        CHECK(indexes.contains(QString::fromLatin1(name)));
    CHECK_FALSE(indexes.contains(QStringLiteral("interactions_kind_time")));
    CHECK_FALSE(indexes.contains(QStringLiteral("interactions_kind_customer_time")));
}

TEST_CASE("the per-customer probes and kind filters seek an index after step 6, never scan the table",
          "[storage][migrations]")
{
    auto db = test::memoryDatabase();
    // A purchase's follow-up within the window (findings and drill-downs).
    const QString followedUp =
        queryPlan(*db, QStringLiteral("SELECT p.id FROM interactions p WHERE p.kind = 'purchase'"
                                      " AND p.occurred_at >= 0 AND p.occurred_at < 100"
                                      " AND EXISTS (SELECT 1 FROM interactions f WHERE f.kind = 'follow_up'"
                                      " AND f.customer_id = p.customer_id AND f.occurred_at > p.occurred_at"
                                      " AND f.occurred_at <= p.occurred_at + 14)"));
    CHECK(followedUp.contains(QStringLiteral("interactions_purchase_time")));
    CHECK(followedUp.contains(QStringLiteral("interactions_follow_up_customer")));
    CHECK_FALSE(followedUp.contains(QStringLiteral("SCAN")));
    // A complaint shortly before a survey answer (CSAT after complaints).
    const QString complained = queryPlan(
        *db,
        QStringLiteral("SELECT s.id FROM survey_responses s WHERE s.survey = 'csat' AND s.responded_at >= 0"
                       " AND s.responded_at < 100 AND EXISTS (SELECT 1 FROM interactions i"
                       " WHERE i.customer_id = s.customer_id AND i.kind = 'complaint'"
                       " AND i.occurred_at <= s.responded_at AND i.occurred_at >= s.responded_at - 30)"));
    CHECK(complained.contains(QStringLiteral("interactions_customer_time")));
    CHECK_FALSE(complained.contains(QStringLiteral("SCAN")));
    // The interaction list filtered by kind, newest first, a page at a time.
    const QString oneKind =
        queryPlan(*db, QStringLiteral("SELECT id FROM interactions WHERE kind = 'purchase'"
                                      " ORDER BY occurred_at DESC, id DESC LIMIT 200"));
    CHECK_FALSE(oneKind.contains(QStringLiteral("TEMP B-TREE")));
}
