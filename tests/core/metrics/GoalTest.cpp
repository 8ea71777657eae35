#include "MetricsFixture.h"
#include "metrics/GoalEvaluator.h"
#include "storage/GoalRepository.h"

using namespace rapport;
using Catch::Detail::Approx;
using core::GoalStatus;
using core::InteractionKind;
using core::KpiGoal;
using test::utc;

namespace {

KpiGoal goal(const char* metric, double target, const char* direction = ">=")
{
    KpiGoal g;
    g.name = QStringLiteral("Q3 %1").arg(QString::fromLatin1(metric));
    g.metric = QString::fromLatin1(metric);
    g.periodStart = utc("2026-07-01T00:00:00Z"); // 2026-Q3: 92 days
    g.periodEnd = utc("2026-10-01T00:00:00Z");
    g.target = target;
    g.direction = QString::fromLatin1(direction);
    g.createdAt = utc("2026-06-20T00:00:00Z");
    return g;
}

// Revenue 250.00 + 100.00 and two complaints before mid-quarter, 500.00 on the last second.
struct GoalBook
{
    test::MetricsFixture f;
    core::GoalEvaluator evaluator{f.engine};
    qint64 c = f.customer("2026-01-01T00:00:00Z", nullptr, "r1", "smb");

    GoalBook()
    {
        f.purchase(c, "2026-07-10T00:00:00Z", 25000);
        f.purchase(c, "2026-08-01T00:00:00Z", 10000);
        f.purchase(c, "2026-09-30T23:59:59Z", 50000);
        f.interaction(c, InteractionKind::Complaint, "2026-07-05T00:00:00Z");
        f.interaction(c, InteractionKind::Complaint, "2026-08-10T00:00:00Z");
        f.survey(c, core::SurveyKind::Csat, 5, "2026-07-02T00:00:00Z");
        f.survey(c, core::SurveyKind::Csat, 4, "2026-07-03T00:00:00Z");
        f.survey(c, core::SurveyKind::Csat, 2, "2026-07-04T00:00:00Z");
    }

    GoalStatus status(const KpiGoal& g)
    {
        auto p = evaluator.evaluate(g);
        REQUIRE_OK(p);
        return p->status;
    }
};

} // namespace

TEST_CASE("goals and their check-ins round-trip through the store", "[engines][goals][storage]")
{
    auto db = test::memoryDatabase();
    core::GoalRepository goals(*db);
    KpiGoal g = goal("revenue", 1000);
    g.scope = core::Scope::rep(QStringLiteral("r1"));
    g.baseline = 640.5;
    g.checkInEveryDays = 7;
    REQUIRE_OK(goals.insert(g));
    CHECK(g.id > 0);
    KpiGoal other = goal("csat", 80);
    other.periodStart = utc("2027-01-01T00:00:00Z");
    other.periodEnd = utc("2027-04-01T00:00:00Z");
    REQUIRE_OK(goals.insert(other));

    auto found = goals.find(g.id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK(**found == g);

    g.target = 1200;
    g.direction = QStringLiteral("<=");
    g.baseline.reset();
    g.scope = core::Scope::segment(QStringLiteral("enterprise"));
    REQUIRE_OK(goals.update(g));
    CHECK(*goals.find(g.id).value() == g);

    auto all = goals.list();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == g.id); // the earlier period first
    auto q3 = goals.overlapping(utc("2026-09-01T00:00:00Z"), utc("2026-10-01T00:00:00Z"));
    REQUIRE_OK(q3);
    REQUIRE(q3->size() == 1);
    CHECK(q3->front().id == g.id);
    // A period that ends where the goal starts does not overlap it.
    CHECK(goals.overlapping(utc("2026-06-01T00:00:00Z"), utc("2026-07-01T00:00:00Z")).value().empty());

    core::GoalCheckIn late{0, g.id, utc("2026-08-15T00:00:00Z"), 410.0, 6, QStringLiteral("slow summer")};
    core::GoalCheckIn early{0, g.id, utc("2026-07-15T00:00:00Z"), 120.0, 8, {}};
    REQUIRE_OK(goals.addCheckIn(late));
    REQUIRE_OK(goals.addCheckIn(early));
    auto checkIns = goals.checkIns(g.id);
    REQUIRE_OK(checkIns);
    REQUIRE(checkIns->size() == 2);
    CHECK(checkIns->at(0) == early);
    CHECK(checkIns->at(1) == late);
    core::GoalCheckIn bad{0, g.id, utc("2026-08-16T00:00:00Z"), 1.0, 11, {}};
    CHECK_FALSE(goals.addCheckIn(bad).ok()); // confidence is 0..10

    REQUIRE_OK(goals.remove(g.id));
    CHECK_FALSE(goals.find(g.id).value().has_value());
    CHECK(goals.checkIns(g.id).value().empty());
}

TEST_CASE("a running goal projects additive metrics linearly and judges the projection", "[engines][goals]")
{
    GoalBook b;
    // Mid-quarter: 46 of 92 days elapsed. Revenue so far 350.00 -> projected 700.00.
    b.f.clock.set(utc("2026-08-16T00:00:00Z"));
    auto p = b.evaluator.evaluate(goal("revenue", 1000));
    REQUIRE_OK(p);
    CHECK_FALSE(p->finished);
    CHECK(p->elapsedFraction == Approx(0.5));
    CHECK(*p->current == Approx(350.0));
    CHECK(*p->projected == Approx(700.0));
    CHECK(p->status == GoalStatus::OffTrack);                     // 700 < 1000 - 100
    CHECK(b.status(goal("revenue", 750)) == GoalStatus::AtRisk);  // 700 >= 750 - 75
    CHECK(b.status(goal("revenue", 700)) == GoalStatus::OnTrack); // reaches it exactly
    // Complaints (<=): 2 so far -> projected 4.
    CHECK(b.status(goal("complaints", 4, "<=")) == GoalStatus::OnTrack);
    CHECK(b.status(goal("complaints", 3.8, "<=")) == GoalStatus::AtRisk); // 4 <= 3.8 + 0.38
    CHECK(b.status(goal("complaints", 3, "<=")) == GoalStatus::OffTrack); // 4 > 3.3
}

TEST_CASE("a running goal on a ratio is projected as its current value", "[engines][goals]")
{
    GoalBook b;
    b.f.clock.set(utc("2026-08-16T00:00:00Z"));
    // csat: 5, 4, 2 -> 66.67, projected unchanged.
    auto p = b.evaluator.evaluate(goal("csat", 80));
    REQUIRE_OK(p);
    CHECK(*p->projected == Approx(200.0 / 3.0));
    CHECK(p->status == GoalStatus::OffTrack);                // below 72
    CHECK(b.status(goal("csat", 70)) == GoalStatus::AtRisk); // 66.67 >= 63
    CHECK(b.status(goal("csat", 60)) == GoalStatus::OnTrack);
    // No NPS response yet: nothing shows the goal will be reached.
    CHECK(b.status(goal("nps", 10)) == GoalStatus::OffTrack);
}

TEST_CASE("a goal whose period is over is met or missed on the whole period", "[engines][goals]")
{
    GoalBook b;
    b.f.clock.set(utc("2026-10-01T00:00:00Z")); // the end itself: over
    // Revenue over Q3: 250 + 100 + 500 = 850.00.
    auto p = b.evaluator.evaluate(goal("revenue", 800));
    REQUIRE_OK(p);
    CHECK(p->finished);
    CHECK(*p->current == Approx(850.0));
    CHECK(p->status == GoalStatus::Met);
    CHECK(b.status(goal("revenue", 900)) == GoalStatus::Missed);
    CHECK(b.status(goal("complaints", 2, "<=")) == GoalStatus::Met);
    CHECK(b.status(goal("nps", 0)) == GoalStatus::Missed); // empty all period long
    // One second before the end it is still running, and the elapsed part [start, now) does
    // not yet hold the purchase made at "now": 350.00 over 92 days - 1 s, projected ~350.
    b.f.clock.set(utc("2026-09-30T23:59:59Z"));
    auto running = b.evaluator.evaluate(goal("revenue", 900));
    REQUIRE_OK(running);
    CHECK_FALSE(running->finished);
    CHECK(*running->current == Approx(350.0));
    CHECK(running->status == GoalStatus::OffTrack);
}

TEST_CASE("a goal that has not started is not started, with no value, and a bad goal is refused",
          "[engines][goals]")
{
    GoalBook b;
    b.f.clock.set(utc("2026-07-01T00:00:00Z"));
    auto p = b.evaluator.evaluate(goal("revenue", 800));
    REQUIRE_OK(p);
    CHECK(p->status == GoalStatus::NotStarted); // not "on track": nothing has been judged
    CHECK(core::toString(p->status) == QStringLiteral("not_started"));
    CHECK_FALSE(p->current.has_value());
    CHECK(p->elapsedFraction == 0.0);
    CHECK_FALSE(b.evaluator.evaluate(goal("happiness", 1)).ok());
    CHECK_FALSE(b.evaluator.evaluate(goal("revenue", 1, "==")).ok());
    CHECK(core::toString(GoalStatus::AtRisk) == QStringLiteral("at_risk"));
}
