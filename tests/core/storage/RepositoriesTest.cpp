#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/SurveyRepository.h"

using namespace rapport;
using core::InteractionKind;
using test::utc;

namespace {

struct Fixture
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    core::Customer customer;

    Fixture()
    {
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r1"), QStringLiteral("Rita Rep"), core::RepRole::Rep}));
        customer.externalId = QStringLiteral("C-1");
        customer.name = QStringLiteral("Ada Lovelace");
        customer.company = QStringLiteral("Analytical Engines Ltd");
        customer.email = QStringLiteral("ada@example.com");
        customer.phone = QStringLiteral("+44 20 7946 0000");
        customer.segment = QStringLiteral("enterprise");
        customer.owner = QStringLiteral("r1");
        customer.acquiredAt = utc("2025-03-01T10:00:00Z");
        REQUIRE_OK(core::CustomerRepository(*db).insert(customer));
    }
};

} // namespace

TEST_CASE("reps round-trip, upsert updates, unknown owners are created by id", "[engines][storage]")
{
    auto db = test::memoryDatabase();
    core::RepRepository reps(*db);
    const core::Rep manager{QStringLiteral("m1"), QStringLiteral("Mona Manager"), core::RepRole::Manager};
    REQUIRE_OK(reps.insert(manager));
    auto found = reps.find(QStringLiteral("m1"));
    REQUIRE_OK(found);
    CHECK(found->value() == manager);

    REQUIRE_OK(reps.upsert({QStringLiteral("m1"), QStringLiteral("Mona M."), core::RepRole::Rep}));
    CHECK(reps.find(QStringLiteral("m1")).value()->name == QStringLiteral("Mona M."));

    REQUIRE_OK(reps.ensureExists(QStringLiteral("newbie")));
    REQUIRE_OK(reps.ensureExists(QStringLiteral("m1")));
    CHECK(reps.find(QStringLiteral("newbie")).value()->name == QStringLiteral("newbie"));
    CHECK(reps.find(QStringLiteral("m1")).value()->name == QStringLiteral("Mona M."));
    CHECK_FALSE(reps.insert(manager).ok()); // duplicate id
}

TEST_CASE("customers round-trip every field, including churn", "[engines][storage]")
{
    Fixture f;
    core::CustomerRepository customers(*f.db);
    auto found = customers.find(f.customer.id);
    REQUIRE_OK(found);
    CHECK(found->value() == f.customer);

    f.customer.churnedAt = utc("2026-01-15T00:00:00Z");
    f.customer.segment = QStringLiteral("mid-market");
    REQUIRE_OK(customers.update(f.customer));
    CHECK(customers.findByExternalId(QStringLiteral("C-1")).value()->churnedAt == f.customer.churnedAt);
    CHECK(customers.findByExternalId(QStringLiteral("C-1")).value()->segment == QStringLiteral("mid-market"));
}

TEST_CASE("the store rejects customers that break its rules", "[engines][storage][constraints]")
{
    Fixture f;
    core::CustomerRepository customers(*f.db);
    core::Customer c = f.customer;
    c.id = 0;

    SECTION("a duplicate external id")
    {
        CHECK_FALSE(customers.insert(c).ok());
    }
    SECTION("churned before acquired")
    {
        c.externalId = QStringLiteral("C-2");
        c.churnedAt = c.acquiredAt.addDays(-1);
        CHECK_FALSE(customers.insert(c).ok());
    }
    SECTION("an owner that is not a rep")
    {
        c.externalId = QStringLiteral("C-3");
        c.owner = QStringLiteral("nobody");
        CHECK_FALSE(customers.insert(c).ok());
    }
    SECTION("no acquisition date")
    {
        c.externalId = QStringLiteral("C-4");
        c.acquiredAt = {};
        CHECK_FALSE(customers.insert(c).ok());
    }
    CHECK(customers.count().value() == 1);
}

TEST_CASE("interactions round-trip, with amounts in cents and resolution times", "[engines][storage]")
{
    Fixture f;
    core::InteractionRepository interactions(*f.db);
    core::Interaction purchase;
    purchase.externalId = QStringLiteral("I-1");
    purchase.customerId = f.customer.id;
    purchase.repId = QStringLiteral("r1");
    purchase.kind = InteractionKind::Purchase;
    purchase.occurredAt = utc("2026-07-14T09:30:00Z");
    purchase.amountCents = 1999;
    purchase.notes = QStringLiteral("two licences");
    REQUIRE_OK(interactions.insert(purchase));

    core::Interaction complaint;
    complaint.customerId = f.customer.id;
    complaint.kind = InteractionKind::Complaint;
    complaint.occurredAt = utc("2026-07-15T08:00:00Z");
    complaint.category = QStringLiteral("billing");
    REQUIRE_OK(interactions.insert(complaint));
    CHECK(complaint.version == 1);
    auto resolved = interactions.setResolved(complaint.id, complaint.version, utc("2026-07-15T20:00:00Z"));
    REQUIRE_OK(resolved);
    CHECK(*resolved == 2);
    complaint.resolvedAt = utc("2026-07-15T20:00:00Z");
    complaint.version = 2;
    // A write based on the version before is refused, and changes nothing.
    auto stale = interactions.setResolved(complaint.id, 1, QDateTime());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == core::ErrorKind::Conflict);

    CHECK(interactions.find(purchase.id).value().value() == purchase);
    CHECK(interactions.find(complaint.id).value().value() == complaint);
    auto timeline = interactions.forCustomer(f.customer.id);
    REQUIRE_OK(timeline);
    REQUIRE(timeline->size() == 2);
    CHECK(timeline->front().id == complaint.id); // newest first
}

TEST_CASE("the store rejects interactions that break its rules", "[engines][storage][constraints]")
{
    Fixture f;
    auto db = f.db->connection();
    auto insert = [&](const QString& kind, QVariant amount, QVariant resolvedAt, qint64 customer) {
        return core::sql::run(
            db,
            QStringLiteral("INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents,"
                           " resolved_at) VALUES (?, ?, 1000, ?, ?)"),
            {customer, kind, amount, resolvedAt});
    };
    const QVariant none(QMetaType::fromType<qint64>());
    CHECK(insert(QStringLiteral("call"), none, none, f.customer.id).ok());
    CHECK_FALSE(insert(QStringLiteral("telepathy"), none, none, f.customer.id).ok()); // unknown kind
    CHECK_FALSE(
        insert(QStringLiteral("purchase"), none, none, f.customer.id).ok());     // purchase without amount
    CHECK_FALSE(insert(QStringLiteral("call"), 500, none, f.customer.id).ok());  // amount on a call
    CHECK_FALSE(insert(QStringLiteral("call"), none, 2000, f.customer.id).ok()); // resolved non-complaint
    CHECK_FALSE(
        insert(QStringLiteral("complaint"), none, 999, f.customer.id).ok()); // resolved before it happened
    CHECK_FALSE(insert(QStringLiteral("call"), none, none, f.customer.id + 1000).ok()); // unknown customer
    CHECK(insert(QStringLiteral("purchase"), -500, none, f.customer.id).ok());          // a refund
}

TEST_CASE("survey responses round-trip and scores outside their scale are rejected",
          "[engines][storage][constraints]")
{
    Fixture f;
    core::SurveyRepository surveys(*f.db);
    core::SurveyResponse r;
    r.externalId = QStringLiteral("S-1");
    r.customerId = f.customer.id;
    r.survey = core::SurveyKind::Nps;
    r.score = 10;
    r.respondedAt = utc("2026-07-20T12:00:00Z");
    r.comment = QStringLiteral("Great support");
    r.category = QStringLiteral("support");
    REQUIRE_OK(surveys.insert(r));
    CHECK(surveys.find(r.id).value().value() == r);

    struct Case
    {
        core::SurveyKind kind;
        int score;
        bool valid;
    };
    const Case cases[] = {{core::SurveyKind::Csat, 0, false}, {core::SurveyKind::Csat, 1, true},
                          {core::SurveyKind::Csat, 5, true},  {core::SurveyKind::Csat, 6, false},
                          {core::SurveyKind::Nps, -1, false}, {core::SurveyKind::Nps, 0, true},
                          {core::SurveyKind::Nps, 11, false}, {core::SurveyKind::Ces, 0, false},
                          {core::SurveyKind::Ces, 7, true},   {core::SurveyKind::Ces, 8, false}};
    for (const Case& c : cases) {
        core::SurveyResponse s;
        s.customerId = f.customer.id;
        s.survey = c.kind;
        s.score = c.score;
        s.respondedAt = utc("2026-07-21T12:00:00Z");
        INFO(core::toString(c.kind).toStdString() << " score " << c.score);
        CHECK(surveys.insert(s).ok() == c.valid);
    }
}

TEST_CASE("follow-up tasks round-trip, list oldest first and can be done and reopened", "[engines][storage]")
{
    Fixture f;
    core::FollowUpTaskRepository tasks(*f.db);
    core::FollowUpTask later{0,
                             f.customer.id,
                             QStringLiteral("r1"),
                             utc("2026-08-10T09:00:00Z"),
                             QStringLiteral("send the quote"),
                             0,
                             {},
                             0};
    core::FollowUpTask sooner = later;
    sooner.dueAt = utc("2026-08-01T09:00:00Z");
    REQUIRE_OK(tasks.insert(later));
    REQUIRE_OK(tasks.insert(sooner));
    CHECK(tasks.find(later.id).value().value() == later);

    auto open = tasks.openForRep(QStringLiteral("r1"), utc("2026-09-01T00:00:00Z"));
    REQUIRE_OK(open);
    REQUIRE(open->size() == 2);
    CHECK(open->front().id == sooner.id);
    CHECK(tasks.countOverdue(QStringLiteral("r1"), utc("2026-08-05T00:00:00Z")).value() == 1);

    REQUIRE(sooner.version == 1);
    auto done = tasks.markDone(sooner.id, 1, utc("2026-08-02T10:00:00Z"), 0);
    REQUIRE_OK(done);
    CHECK(*done == 2);
    CHECK(tasks.openForRep(QStringLiteral("r1"), utc("2026-09-01T00:00:00Z")).value().size() == 1);
    // Snoozing from the version before is refused: someone marked it done since.
    CHECK(tasks.reschedule(sooner.id, 1, utc("2026-08-09T10:00:00Z")).error().kind ==
          core::ErrorKind::Conflict);
    REQUIRE_OK(tasks.reopen(sooner.id, 2));
    CHECK(tasks.openForRep(QStringLiteral("r1"), utc("2026-09-01T00:00:00Z")).value().size() == 2);
}

TEST_CASE("settings round-trip with a fallback for missing keys", "[engines][storage]")
{
    auto db = test::memoryDatabase();
    core::SettingsRepository settings(*db);
    CHECK(settings.value(QStringLiteral("follow_up_window_days"), QStringLiteral("14")).value() ==
          QStringLiteral("14"));
    REQUIRE_OK(settings.setValue(QStringLiteral("follow_up_window_days"), QStringLiteral("7")));
    REQUIRE_OK(settings.setValue(QStringLiteral("follow_up_window_days"), QStringLiteral("10")));
    CHECK(settings.value(QStringLiteral("follow_up_window_days")).value() == QStringLiteral("10"));
}

TEST_CASE("deleting a customer removes their interactions and responses with them", "[engines][storage]")
{
    Fixture f;
    core::Interaction call;
    call.customerId = f.customer.id;
    call.kind = InteractionKind::Call;
    call.occurredAt = utc("2026-07-14T09:30:00Z");
    REQUIRE_OK(core::InteractionRepository(*f.db).insert(call));
    REQUIRE_OK(core::CustomerRepository(*f.db).remove(f.customer.id));
    CHECK(core::InteractionRepository(*f.db).count().value() == 0);
}
