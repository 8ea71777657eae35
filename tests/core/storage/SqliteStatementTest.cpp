#include "storage/SqliteStatement.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Tables.h"

using namespace rapport;

TEST_CASE("a raw statement binds, steps, reads back and resets for the next row", "[storage]")
{
    auto db = core::Database::openInMemory();
    REQUIRE_OK(db);
    sqlite3* handle = (*db)->nativeHandle();
    REQUIRE_OK(core::SqliteStatement::exec(handle, "CREATE TABLE t (a INTEGER, b TEXT, c REAL)",
                                           QStringLiteral("x")));

    auto insert = core::SqliteStatement::prepare(handle, "INSERT INTO t (a, b, c) VALUES (?, ?, ?)",
                                                 QStringLiteral("Preparing failed"),
                                                 core::SqliteStatement::Reuse::Persistent);
    REQUIRE_OK(insert);
    insert->bindInt(1, 7);
    insert->bindTextOrNull(2, QByteArrayView("seven"));
    insert->bindOptional(3, std::optional<double>(7.5));
    REQUIRE_OK(insert->run(QStringLiteral("Inserting failed")));
    insert->bindOptional(1, std::optional<qint64>());
    insert->bindTextOrNull(2, QByteArrayView("")); // an empty cell is no value
    insert->bindText(3, static_cast<const char*>(nullptr));
    REQUIRE_OK(insert->run(QStringLiteral("Inserting failed")));

    auto select =
        core::SqliteStatement::prepare(handle, "SELECT a, b, c FROM t ORDER BY rowid", QStringLiteral("x"));
    REQUIRE_OK(select);
    REQUIRE(select->next());
    CHECK(select->integer(0) == 7);
    CHECK(select->text(1) == QByteArrayView("seven"));
    CHECK(select->real(2) == 7.5);
    REQUIRE(select->next());
    CHECK(select->isNull(0));
    CHECK_FALSE(select->optionalInteger(0).has_value());
    CHECK(select->isNull(1));
    CHECK(select->isNull(2));
    CHECK_FALSE(select->next());
    CHECK_FALSE(select->failed());

    auto count = core::SqliteStatement::integerOf(handle, "SELECT count(*) FROM t", QStringLiteral("x"));
    REQUIRE_OK(count);
    CHECK(*count == 2);
}

TEST_CASE("a failing raw statement and a failing QtSql statement give the same error", "[storage]")
{
    auto db = core::Database::openInMemory();
    REQUIRE_OK(db);
    const QString sql = QStringLiteral("INSERT INTO reps (id, name, role) VALUES ('r1', 'One', 'boss')");

    auto raw = core::SqliteStatement::prepare((*db)->nativeHandle(), sql.toUtf8(), QStringLiteral("x"));
    REQUIRE_OK(raw);
    const core::Status rawStatus = raw->run(QStringLiteral("Writing a rep failed"));
    REQUIRE_FALSE(rawStatus.ok());

    auto query = core::sql::prepare((*db)->connection(), sql);
    REQUIRE_OK(query);
    const core::Status qtStatus = core::sql::exec(*query);
    REQUIRE_FALSE(qtStatus.ok());

    CHECK(rawStatus.error().message.startsWith(QStringLiteral("Writing a rep failed: ")));
    CHECK(rawStatus.error().message.contains(QStringLiteral("CHECK constraint failed")));
    CHECK(rawStatus.error().statement == sql);
    CHECK(qtStatus.error().message.contains(QStringLiteral("CHECK constraint failed")));
    CHECK(qtStatus.error().statement == sql);
}

TEST_CASE("a busy raw statement says so in the sentence the QtSql path uses", "[storage][reliability]")
{
    test::TempDatabase temp;
    auto holder = temp.open();
    auto waiter = temp.open();
    REQUIRE_OK(waiter->setBusyTimeout(50));
    core::WriteTransaction held(*holder);
    REQUIRE_OK(held.begun());

    const core::Status s = core::SqliteStatement::exec(waiter->nativeHandle(), "BEGIN IMMEDIATE",
                                                       QStringLiteral("Starting failed"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.startsWith(QStringLiteral("The database is busy")));
    CHECK(s.error().message.contains(QStringLiteral("database is locked")));
}

TEST_CASE("the tables' statements are built from one column list", "[storage]")
{
    using namespace core::tables;
    CHECK(insertSql(kReps) == "INSERT INTO reps (id, name, role) VALUES (?, ?, ?)");
    CHECK(insertSql(kSurveys, RowId::Included) ==
          "INSERT INTO survey_responses (id, external_id, customer_id, survey, score, responded_at, comment,"
          " category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    CHECK(selectSql(kReps, "rowid") == "SELECT rowid, id, name, role FROM reps");
    CHECK(updateSql(kReps) == "UPDATE reps SET id = ?, name = ?, role = ? WHERE id = ?");
}

TEST_CASE("the SQLite dialect fills in the schema's engine-specific fragments", "[storage]")
{
    const core::SqlDialect& sqlite = core::SqlDialect::sqlite();
    CHECK(sqlite.sql(QStringLiteral("CREATE TABLE t (id {identity}, name TEXT {nocase})")) ==
          QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)"));
    for (const core::MigrationStep& step : core::Migrations::steps()) {
        for (const QString& statement : step.statements)
            CHECK_FALSE(statement.contains(QLatin1Char('{')));
    }
    static constexpr const char* kColumns[] = {"name", "role"};
    CHECK(sqlite.onConflictUpdate("id", kColumns) ==
          "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role");
}
