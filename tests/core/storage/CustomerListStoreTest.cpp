#include "storage/CustomerListStore.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/CustomerSnapshotStore.h"
#include "storage/DatabaseStats.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"

using namespace rapport;
using core::CustomerListStore;

namespace {

qint64 add(core::Database& db, const char* name, const char* company, const char* email, const char* segment,
           const char* owner, bool churned = false)
{
    core::Customer c;
    c.externalId = QString::fromLatin1(name);
    c.name = QString::fromLatin1(name);
    c.company = QString::fromLatin1(company);
    c.email = QString::fromLatin1(email);
    c.segment = QString::fromLatin1(segment);
    c.owner = QString::fromLatin1(owner);
    c.acquiredAt = test::utc("2025-01-01T00:00:00Z");
    if (churned)
        c.churnedAt = test::utc("2026-01-01T00:00:00Z");
    REQUIRE_OK(core::CustomerRepository(db).insert(c));
    return c.id;
}

QStringList names(const std::vector<CustomerListStore::Row>& rows)
{
    QStringList result;
    for (const auto& row : rows)
        result << row.name;
    return result;
}

} // namespace

TEST_CASE("the customer list store searches name, company and e-mail and treats wildcards literally",
          "[storage]")
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r1"), QStringLiteral("Rita"), core::RepRole::Rep}));
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r2"), QStringLiteral("Bo"), core::RepRole::Rep}));
    add(*db, "Ada", "Engines 100%", "ada@x.example", "enterprise", "r1");
    add(*db, "Bob", "Bakery", "bob_b@y.example", "smb", "r2", true);
    add(*db, "Cy", "Cycles", "cy@engines.example", "smb", "r1");
    CustomerListStore store(*db);
    const auto S = CustomerListStore::SortColumn::Name;

    CustomerListStore::Filter f;
    f.search = QStringLiteral("ENGINES");
    auto rows = store.page(f, S, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Ada"), QStringLiteral("Cy")});
    f.search = QStringLiteral("0%");
    rows = store.page(f, S, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Ada")});
    f.search = QStringLiteral("b_b");
    auto n = store.count(f);
    REQUIRE_OK(n);
    CHECK(*n == 1);
    f.search = QStringLiteral("_");
    n = store.count(f);
    REQUIRE_OK(n);
    CHECK(*n == 1); // only bob_b has an underscore

    CustomerListStore::Filter byOwner;
    byOwner.owner = QStringLiteral("r1");
    byOwner.status = CustomerListStore::ChurnState::Active;
    n = store.count(byOwner);
    REQUIRE_OK(n);
    CHECK(*n == 2);
    CustomerListStore::Filter churned;
    churned.status = CustomerListStore::ChurnState::Churned;
    rows = store.page(churned, S, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Bob")});

    rows = store.page({}, CustomerListStore::SortColumn::Owner, true, 0, 10);
    REQUIRE_OK(rows);
    CHECK(rows->front().ownerName == QStringLiteral("Rita"));
    rows = store.page({}, S, false, 1, 1);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Bob")});
    auto segments = store.segments();
    REQUIRE_OK(segments);
    CHECK(*segments == QStringList{QStringLiteral("enterprise"), QStringLiteral("smb")});
}

TEST_CASE("a customer snapshot restores the customer and its interactions with their ids",
          "[engines][storage]")
{
    auto db = test::memoryDatabase();
    const qint64 id = add(*db, "Ada", "Engines", "ada@x.example", "smb", "");
    core::Interaction call;
    call.customerId = id;
    call.kind = core::InteractionKind::Call;
    call.occurredAt = test::utc("2026-02-01T10:00:00Z");
    REQUIRE_OK(core::InteractionRepository(*db).insert(call));
    core::CustomerSnapshotStore snapshots(*db);
    auto snapshot = snapshots.capture(id);
    REQUIRE_OK(snapshot);
    REQUIRE_OK(core::CustomerRepository(*db).remove(id));
    auto none = core::InteractionRepository(*db).count();
    REQUIRE_OK(none);
    CHECK(*none == 0);
    REQUIRE_OK(snapshots.restore(*snapshot));
    auto back = core::InteractionRepository(*db).find(call.id);
    REQUIRE_OK(back);
    REQUIRE(back->has_value());
    CHECK(**back == call);
}

TEST_CASE("the customer list counts a customer who came back as active, not churned",
          "[engines][storage][returns]")
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r1"), QStringLiteral("Rita"), core::RepRole::Rep}));
    add(*db, "Ada", "A", "a@x.example", "smb", "r1");
    add(*db, "Bob", "B", "b@x.example", "smb", "r1", true);
    const qint64 cy = add(*db, "Cy", "C", "c@x.example", "smb", "r1", true);
    core::CustomerRepository customers(*db);
    core::Customer back = **customers.find(cy);
    back.returnedAt = test::utc("2026-03-01T00:00:00Z");
    REQUIRE_OK(customers.update(back));
    CustomerListStore store(*db);
    const auto S = CustomerListStore::SortColumn::Name;
    CustomerListStore::Filter active;
    active.status = CustomerListStore::ChurnState::Active;
    auto rows = store.page(active, S, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Ada"), QStringLiteral("Cy")});
    CHECK_FALSE(rows->back().churnedAt.isValid()); // shown as active
    CustomerListStore::Filter churned;
    churned.status = CustomerListStore::ChurnState::Churned;
    rows = store.page(churned, S, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Bob")});
    CHECK(rows->front().churnedAt == test::utc("2026-01-01T00:00:00Z"));
    // Sorted by status: the churned one last, the returned one among the active.
    rows = store.page({}, CustomerListStore::SortColumn::Churned, false, 0, 10);
    REQUIRE_OK(rows);
    CHECK(names(*rows) == QStringList{QStringLiteral("Ada"), QStringLiteral("Cy"), QStringLiteral("Bob")});
    // The book's count of active customers (DatabaseStats) agrees.
    auto stats = core::DatabaseStats::read(*db);
    REQUIRE_OK(stats);
    CHECK(stats->activeCustomers == 2);
}
