#include "TestSupport.h"
#include "storage/ActionPlanRepository.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"
#include "storage/Sql.h"

using namespace rapport;
using test::utc;

namespace {

std::unique_ptr<core::Database> withReps()
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r1"), QStringLiteral("Rita"), core::RepRole::Rep}));
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r2"), QStringLiteral("Rob"), core::RepRole::Rep}));
    return db;
}

core::Assessment assessmentAt(const char* rep, const char* at, int value)
{
    core::Assessment a;
    a.repId = QString::fromLatin1(rep);
    a.instrumentId = QStringLiteral("crm-style");
    a.instrumentVersion = 1;
    a.takenAt = utc(at);
    a.answers = {{QStringLiteral("approach_1"), value}, {QStringLiteral("listening_2"), 2}};
    return a;
}

core::ActionPlan fullPlan()
{
    core::ActionPlan p;
    p.title = QStringLiteral("Follow up every purchase");
    p.action = QStringLiteral("Call each buyer within 14 days of the purchase");
    p.ownerRep = QStringLiteral("r1");
    p.resources = QStringLiteral("one hour a week");
    p.metric = QStringLiteral("follow_up_rate");
    p.scope = core::Scope::rep(QStringLiteral("r1"));
    p.target = 60.5;
    p.direction = QStringLiteral(">=");
    p.baseline = 35.25;
    p.startAt = utc("2026-09-01T00:00:00Z");
    p.deadlineAt = utc("2026-12-01T00:00:00Z");
    p.checkInEveryDays = 14;
    p.findingRef = QStringLiteral("finding:follow-up-gap");
    p.dimension = QStringLiteral("follow_up");
    p.status = QStringLiteral("active");
    p.createdAt = utc("2026-08-30T12:00:00Z");
    return p;
}

} // namespace

TEST_CASE("assessments round-trip with every answer and list newest first per rep",
          "[engines][storage][reflection]")
{
    auto db = withReps();
    core::AssessmentRepository repo(*db);
    auto first = assessmentAt("r1", "2026-03-01T10:00:00Z", 4);
    auto second = assessmentAt("r1", "2026-06-01T10:00:00Z", 5);
    second.straightLined = true;
    auto other = assessmentAt("r2", "2026-07-01T10:00:00Z", 1);
    REQUIRE_OK(repo.insert(second)); // inserted out of order on purpose
    REQUIRE_OK(repo.insert(first));
    REQUIRE_OK(repo.insert(other));
    CHECK(first.id > 0);

    auto found = repo.find(second.id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK(**found == second);

    auto list = repo.listForRep(QStringLiteral("r1"));
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0] == second);
    CHECK((*list)[1] == first);

    CHECK(*repo.latestForRep(QStringLiteral("r1")).value() == second);
    CHECK(*repo.previousOf(second).value() == first);
    CHECK_FALSE(repo.previousOf(first).value().has_value());
    CHECK_FALSE(repo.latestForRep(QStringLiteral("nobody")).value().has_value());
    CHECK_FALSE(repo.find(9999).value().has_value());
}

TEST_CASE("two assessments taken in the same second are ordered by insertion",
          "[engines][storage][reflection]")
{
    auto db = withReps();
    core::AssessmentRepository repo(*db);
    auto a = assessmentAt("r1", "2026-03-01T10:00:00Z", 4);
    auto b = assessmentAt("r1", "2026-03-01T10:00:00Z", 2);
    REQUIRE_OK(repo.insert(a));
    REQUIRE_OK(repo.insert(b));
    CHECK(repo.latestForRep(QStringLiteral("r1")).value()->id == b.id);
    CHECK(repo.previousOf(b).value()->id == a.id);
}

TEST_CASE("an assessment with an answer outside 1..5 is not stored at all",
          "[storage][reflection][constraints]")
{
    auto db = withReps();
    core::AssessmentRepository repo(*db);
    auto bad = assessmentAt("r1", "2026-03-01T10:00:00Z", 6);
    CHECK_FALSE(repo.insert(bad).ok());
    CHECK(bad.id == 0);
    CHECK(core::sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assessments"))
              .value()
              .toInt() == 0);
    CHECK(core::sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_answers"))
              .value()
              .toInt() == 0);
}

TEST_CASE("removing an assessment removes its answers", "[engines][storage][reflection]")
{
    auto db = withReps();
    core::AssessmentRepository repo(*db);
    auto a = assessmentAt("r1", "2026-03-01T10:00:00Z", 4);
    REQUIRE_OK(repo.insert(a));
    REQUIRE_OK(repo.remove(a.id));
    CHECK(core::sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assessment_answers"))
              .value()
              .toInt() == 0);
}

TEST_CASE("action plans round-trip every field, including empty optional ones",
          "[engines][storage][reflection]")
{
    auto db = withReps();
    core::ActionPlanRepository repo(*db);
    core::ActionPlan full = fullPlan();
    REQUIRE_OK(repo.insert(full));
    CHECK(repo.find(full.id).value().value() == full);

    core::ActionPlan bare;
    bare.title = QStringLiteral("Think about complaints");
    bare.createdAt = utc("2026-09-02T12:00:00Z");
    REQUIRE_OK(repo.insert(bare));
    const core::ActionPlan back = repo.find(bare.id).value().value();
    CHECK(back == bare);
    CHECK_FALSE(back.target.has_value());
    CHECK_FALSE(back.deadlineAt.isValid());

    auto all = repo.list();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].id == bare.id); // newest first
    auto mine = repo.list(QStringLiteral("r1"));
    REQUIRE(mine->size() == 1);
    CHECK((*mine)[0] == full);
}

TEST_CASE("updating a plan records one revision per changed field with old value, new value and reason",
          "[storage][reflection]")
{
    auto db = withReps();
    core::ActionPlanRepository repo(*db);
    core::ActionPlan plan = fullPlan();
    REQUIRE_OK(repo.insert(plan));

    core::ActionPlan changed = plan;
    changed.target = 55.0;
    changed.deadlineAt = utc("2027-01-15T00:00:00Z");
    auto written = repo.update(changed, QStringLiteral("holiday season"), utc("2026-10-01T09:00:00Z"));
    REQUIRE_OK(written);
    REQUIRE(written->size() == 2);

    CHECK(repo.find(plan.id).value().value() == changed);
    auto history = repo.revisions(plan.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].field == QStringLiteral("target"));
    CHECK((*history)[0].oldValue == QStringLiteral("60.5"));
    CHECK((*history)[0].newValue == QStringLiteral("55"));
    CHECK((*history)[0].reason == QStringLiteral("holiday season"));
    CHECK((*history)[0].at == utc("2026-10-01T09:00:00Z"));
    CHECK((*history)[1].field == QStringLiteral("deadline_at"));
    CHECK((*history)[1].oldValue == QStringLiteral("2026-12-01T00:00:00Z"));
    CHECK((*history)[1].newValue == QStringLiteral("2027-01-15T00:00:00Z"));
    CHECK((*history)[0] == (*written)[0]);

    // An update that changes nothing writes no revision.
    CHECK(repo.update(changed, QStringLiteral("no-op"), utc("2026-10-02T09:00:00Z")).value().empty());
    CHECK(repo.revisions(plan.id).value().size() == 2);

    core::ActionPlan missing = changed;
    missing.id = 4242;
    CHECK_FALSE(repo.update(missing, QStringLiteral("x"), utc("2026-10-02T09:00:00Z")).ok());

    // A change based on the version before the update is refused and writes no revision.
    CHECK(changed.version == 2);
    core::ActionPlan stale = plan;
    stale.title = QStringLiteral("Overwritten");
    auto refused = repo.update(stale, QStringLiteral("late"), utc("2026-10-03T09:00:00Z"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(repo.find(plan.id).value().value() == changed);
    CHECK(repo.revisions(plan.id).value().size() == 2);
}

TEST_CASE("a failed plan update leaves both the plan and its history unchanged",
          "[storage][reflection][constraints]")
{
    auto db = withReps();
    core::ActionPlanRepository repo(*db);
    core::ActionPlan plan = fullPlan();
    REQUIRE_OK(repo.insert(plan));
    core::ActionPlan broken = plan;
    broken.title = QStringLiteral("New title");
    broken.direction = QStringLiteral("=="); // refused by the schema's CHECK
    CHECK_FALSE(repo.update(broken, QStringLiteral("oops"), utc("2026-10-01T09:00:00Z")).ok());
    CHECK(repo.find(plan.id).value().value() == plan);
    CHECK(repo.revisions(plan.id).value().empty());
}

TEST_CASE("plan items keep their order and can be done and undone, check-ins list oldest first",
          "[storage][reflection]")
{
    auto db = withReps();
    core::ActionPlanRepository repo(*db);
    core::ActionPlan plan = fullPlan();
    REQUIRE_OK(repo.insert(plan));

    core::ActionPlanItem first{0, plan.id, 0, QStringLiteral("Set up the weekly call slot"), {}};
    core::ActionPlanItem second{
        0, plan.id, 0, QStringLiteral("Create follow-up tasks for open purchases"), {}};
    REQUIRE_OK(repo.addItem(first));
    REQUIRE_OK(repo.addItem(second));
    CHECK(first.position == 1);
    CHECK(second.position == 2);
    REQUIRE(first.version == 1);
    auto ticked = repo.setItemDone(first.id, first.version, utc("2026-09-03T08:00:00Z"));
    REQUIRE_OK(ticked);
    CHECK(*ticked == 2);
    auto items = repo.items(plan.id);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 2);
    first.doneAt = utc("2026-09-03T08:00:00Z");
    first.version = 2;
    CHECK((*items)[0] == first);
    CHECK((*items)[1] == second);
    // Unticking from the version before the tick is refused: someone ticked it since.
    auto stale = repo.setItemDone(first.id, 1, {});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == core::ErrorKind::Conflict);
    CHECK(repo.items(plan.id).value()[0].doneAt.isValid());
    REQUIRE_OK(repo.setItemDone(first.id, 2, {}));
    CHECK_FALSE(repo.items(plan.id).value()[0].doneAt.isValid());

    core::ActionPlanCheckIn later{0, plan.id, utc("2026-09-29T10:00:00Z"), 48.0, QStringLiteral("better")};
    core::ActionPlanCheckIn earlier{0, plan.id, utc("2026-09-15T10:00:00Z"), std::nullopt, {}};
    REQUIRE_OK(repo.addCheckIn(later));
    REQUIRE_OK(repo.addCheckIn(earlier));
    auto checkIns = repo.checkIns(plan.id);
    REQUIRE_OK(checkIns);
    REQUIRE(checkIns->size() == 2);
    CHECK((*checkIns)[0] == earlier);
    CHECK((*checkIns)[1] == later);

    REQUIRE_OK(repo.remove(plan.id));
    CHECK(repo.items(plan.id).value().empty());
    CHECK(repo.checkIns(plan.id).value().empty());
    CHECK_FALSE(repo.find(plan.id).value().has_value());
}
