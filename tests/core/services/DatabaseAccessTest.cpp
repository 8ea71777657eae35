// DatabaseAccess: what the command line's info, demo and backup commands ask of a database
// without a storage header. Real files in a temporary folder.
#include "services/DatabaseAccess.h"

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/GoalService.h"
#include "storage/Migrations.h"

#include <QFile>

using namespace rapport;
using core::DatabaseAccess;

namespace {

core::Customer customer(const char* ref, const char* churnedAt)
{
    core::Customer c;
    c.externalId = QString::fromLatin1(ref);
    c.name = QStringLiteral("Customer ") + c.externalId;
    c.acquiredAt = test::utc("2025-01-10T00:00:00Z");
    if (churnedAt)
        c.churnedAt = test::utc(churnedAt);
    return c;
}

} // namespace

TEST_CASE("DatabaseAccess::info counts what a book holds and names its set-up", "[services][database]")
{
    test::TempDatabase temp;
    auto opened = DatabaseAccess::open(temp.path(), core::DatabaseOpenMode::CreateIfMissing);
    REQUIRE_OK(opened);
    core::Database& db = **opened;

    auto empty = DatabaseAccess::info(db);
    REQUIRE_OK(empty);
    CHECK(empty->path == temp.path());
    CHECK(empty->schemaVersion == core::Migrations::currentVersion());
    CHECK(DatabaseAccess::schemaVersion(db) == core::Migrations::currentVersion());
    CHECK(empty->wal);
    CHECK(empty->customers == 0);
    CHECK_FALSE(empty->holdsData());

    core::CustomerService customers(db);
    for (core::Customer c :
         {customer("A-1", nullptr), customer("A-2", "2025-06-30T00:00:00Z"), customer("A-3", nullptr)})
        REQUIRE_OK(customers.insert(c));
    core::KpiGoal goal;
    goal.name = QStringLiteral("More buyers");
    goal.metric = QStringLiteral("active_customers");
    goal.periodStart = test::utc("2026-01-01T00:00:00Z");
    goal.periodEnd = test::utc("2026-04-01T00:00:00Z");
    goal.createdAt = test::utc("2025-12-15T00:00:00Z");
    goal.target = 3;
    REQUIRE_OK(core::GoalService(db).insert(goal));

    auto info = DatabaseAccess::info(db);
    REQUIRE_OK(info);
    CHECK(info->customers == 3);
    CHECK(info->activeCustomers == 2); // A-2 churned
    CHECK(info->goals == 1);
    CHECK(info->interactions == 0);
    CHECK(info->reps == 0);
    CHECK(info->holdsData());
}

TEST_CASE("DatabaseAccess::backupTo writes a new copy and refuses to overwrite a file",
          "[services][database]")
{
    test::TempDatabase temp;
    auto opened = DatabaseAccess::open(temp.path(), core::DatabaseOpenMode::CreateIfMissing);
    REQUIRE_OK(opened);
    core::Customer c = customer("B-1", nullptr);
    REQUIRE_OK(core::CustomerService(**opened).insert(c));

    const QString copy = temp.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE_OK(DatabaseAccess::backupTo(**opened, copy));
    auto reopened = DatabaseAccess::open(copy, core::DatabaseOpenMode::OpenExisting);
    REQUIRE_OK(reopened);
    auto info = DatabaseAccess::info(**reopened);
    REQUIRE_OK(info);
    CHECK(info->customers == 1);

    const QString existing = test::writeFile(temp.dir, QStringLiteral("taken.sqlite"), "keep me");
    const core::Status refused = DatabaseAccess::backupTo(**opened, existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("keep me"));
}
