#include "TestSupport.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"

#include <QSqlQuery>
#include <QUrl>
#include <map>
#include <vector>

// The team server's schema against the file's: the same tables, the same columns in the same
// order with the same nullability, and each column's type the server's counterpart of the
// file's. Runs only against the test server ([server]: see tests/CMakeLists.txt).
namespace {

using namespace rapport;
using Columns = std::vector<std::pair<QString, QString>>; // name, "type null|not null"

QString serverType(const QString& sqliteType)
{
    const QString t = sqliteType.toUpper();
    if (t == QLatin1String("INTEGER"))
        return QStringLiteral("bigint");
    if (t == QLatin1String("REAL"))
        return QStringLiteral("double precision");
    return t.toLower();
}

std::map<QString, Columns> sqliteColumns(const QSqlDatabase& db)
{
    std::map<QString, Columns> tables;
    QSqlQuery names(db);
    REQUIRE(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery info(db);
        REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (info.next()) {
            // An INTEGER PRIMARY KEY is NOT NULL in fact, whatever table_info says.
            const bool notNull = info.value(3).toBool() || info.value(5).toInt() > 0;
            tables[table].emplace_back(info.value(1).toString(),
                                       serverType(info.value(2).toString()) +
                                           (notNull ? QStringLiteral(" not null") : QStringLiteral(" null")));
        }
    }
    return tables;
}

std::map<QString, Columns> serverColumns(const QSqlDatabase& db)
{
    std::map<QString, Columns> tables;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_nullable"
                                  " FROM information_schema.columns WHERE table_schema = current_schema()"
                                  " AND table_name NOT IN ('rapport_schema', 'team_members')"
                                  " ORDER BY table_name, ordinal_position")));
    while (q.next())
        tables[q.value(0).toString()].emplace_back(
            q.value(1).toString(), q.value(2).toString() + (q.value(3).toString() == QLatin1String("NO")
                                                                ? QStringLiteral(" not null")
                                                                : QStringLiteral(" null")));
    return tables;
}

std::vector<QString> indexNames(const QSqlDatabase& db, const char* sql)
{
    std::vector<QString> names;
    QSqlQuery q(db);
    REQUIRE(q.exec(QString::fromLatin1(sql)));
    while (q.next())
        names.push_back(q.value(0).toString());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("A migrated server database has the file's tables, columns and indexes", "[.][server]")
{
    const auto file = test::memoryDatabase(); // the server, in this run
    auto sqlite = core::Database::openInMemory();
    REQUIRE_OK(sqlite);
    REQUIRE(file->isServer());
    CHECK(file->schemaVersion() == core::Migrations::currentVersion());

    const auto expected = sqliteColumns((*sqlite)->connection());
    const auto actual = serverColumns(file->connection());
    REQUIRE(expected.size() == 17);
    CHECK(actual.size() == expected.size());
    for (const auto& [table, columns] : expected) {
        INFO("table " << table.toStdString());
        REQUIRE(actual.count(table) == 1);
        CHECK(actual.at(table) == columns);
    }
    CHECK(indexNames(file->connection(),
                     "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                     " AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'") ==
          indexNames((*sqlite)->connection(),
                     "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    // The triggers that keep earlier churns (schema 12), beside the server's own notifications.
    const auto triggers =
        indexNames((*sqlite)->connection(), "SELECT name FROM sqlite_master WHERE type = 'trigger'");
    CHECK(triggers == std::vector<QString>{QStringLiteral("rapport_archive_churn"),
                                           QStringLiteral("rapport_unarchive_churn")});
    CHECK(indexNames(file->connection(), "SELECT DISTINCT tgname FROM pg_trigger WHERE NOT tgisinternal"
                                         " AND tgname <> 'rapport_changed'") == triggers);
}

TEST_CASE("Opening a migrated server database again changes nothing", "[.][server]")
{
    const QString uri = test::newServerDatabase();
    {
        auto first = core::Database::open(uri);
        REQUIRE_OK(first);
    }
    auto second = core::Database::open(uri);
    REQUIRE_OK(second);
    CHECK((*second)->schemaVersion() == core::Migrations::currentVersion());
    CHECK((*second)->path().endsWith(QStringLiteral("/") + QUrl(uri).path().mid(1)));
}

TEST_CASE("A server database that holds another program's tables is refused untouched", "[.][server]")
{
    const QString uri = test::newServerDatabase();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        auto address = core::ServerAddress::parse(uri);
        REQUIRE_OK(address);
        address->applyTo(raw);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto db = core::Database::open(uri);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("another program")));
}

TEST_CASE("A server address names the server without its password", "[storage]")
{
    auto address = core::ServerAddress::parse(
        QStringLiteral("postgresql://alice:s3cret@db.example:6543/rapport?sslmode=verify-full"));
    REQUIRE_OK(address);
    CHECK(address->displayName() == QStringLiteral("alice@db.example:6543/rapport"));
    CHECK(address->hasPassword());
    CHECK(core::ServerAddress::isServerAddress(QStringLiteral("postgres://x")));
    CHECK_FALSE(core::ServerAddress::isServerAddress(QStringLiteral("/home/a/postgresql.sqlite")));

    auto bad = core::ServerAddress::parse(QStringLiteral("postgresql://bob:pw@host:99999999/db"));
    REQUIRE_FALSE(bad.ok());
    CHECK_FALSE(bad.error().message.contains(QStringLiteral("pw")));

    auto refused = core::Database::open(QStringLiteral("postgresql://carol:hunter2@/nonexistent_rapport_db"
                                                       "?host=/nonexistent-socket-dir&connect_timeout=2"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Cannot connect to the team server carol@")));
    CHECK_FALSE(refused.error().details().contains(QStringLiteral("hunter2")));
}
