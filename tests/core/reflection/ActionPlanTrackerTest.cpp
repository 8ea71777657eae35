#include "reflection/ActionPlanTracker.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

using namespace rapport;
using core::ActionPlanTracker;
using core::CheckInState;
using core::PlanProgressStatus;
using core::PlanVerdict;
using test::utc;

namespace {

// Two reps; r1's plan targets the CSAT of r1's customers from 2026-07-01 to 2026-08-01
// (31 days), so the period before it is 2026-05-31 .. 2026-07-01.
struct PlanFixture
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    core::FixedClock clock{utc("2026-07-16T00:00:00Z")};
    core::MetricsEngine engine{*db, clock};
    qint64 mine = 0;   // a customer of r1
    qint64 theirs = 0; // a customer of r2

    PlanFixture()
    {
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r1"), QStringLiteral("Rep One"), core::RepRole::Rep}));
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r2"), QStringLiteral("Rep Two"), core::RepRole::Rep}));
        mine = customer("r1");
        theirs = customer("r2");
    }

    qint64 customer(const char* owner)
    {
        core::Customer c;
        c.externalId = QStringLiteral("C-%1").arg(QString::fromLatin1(owner));
        c.name = c.externalId;
        c.owner = QString::fromLatin1(owner);
        c.acquiredAt = utc("2026-01-01T00:00:00Z");
        REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        return c.id;
    }

    // `count` CSAT responses one a day from `from` at noon; the first `good` score 5
    // (satisfied), the rest 2.
    void csat(qint64 customerId, const char* from, int count, int good)
    {
        for (int i = 0; i < count; ++i) {
            core::SurveyResponse r;
            r.customerId = customerId;
            r.survey = core::SurveyKind::Csat;
            r.score = i < good ? 5 : 2;
            r.respondedAt = utc(from).addDays(i).addSecs(12 * 3600);
            REQUIRE_OK(core::SurveyRepository(*db).insert(r));
        }
    }

    static core::ActionPlan plan()
    {
        core::ActionPlan p;
        p.id = 1;
        p.title = QStringLiteral("Raise CSAT");
        p.action = QStringLiteral("Call every unhappy customer back within a day");
        p.ownerRep = QStringLiteral("r1");
        p.metric = QStringLiteral("csat");
        p.scope = core::Scope::rep(QStringLiteral("r1"));
        p.target = 80.0;
        p.direction = QStringLiteral(">=");
        p.startAt = utc("2026-07-01T00:00:00Z");
        p.deadlineAt = utc("2026-08-01T00:00:00Z");
        p.checkInEveryDays = 7;
        return p;
    }

    core::ActionPlanProgress track(const core::ActionPlan& p,
                                   const std::vector<core::ActionPlanCheckIn>& checkIns = {})
    {
        auto result = ActionPlanTracker(engine, clock).track(p, checkIns);
        REQUIRE_OK(result);
        return *result;
    }

    // Before the plan: 10 responses, 5 satisfied -> CSAT 50.
    void halfSatisfiedBefore() { csat(mine, "2026-06-01T00:00:00Z", 10, 5); }
};

core::ActionPlanCheckIn checkInAt(const char* at)
{
    core::ActionPlanCheckIn c;
    c.planId = 1;
    c.at = utc(at);
    return c;
}

} // namespace

TEST_CASE("Mid-way through a plan progress is measured from the baseline before the start toward the target")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.csat(f.mine, "2026-07-01T00:00:00Z", 10, 7);   // 7 of 10 by July 10 -> 70
    f.csat(f.mine, "2026-07-20T00:00:00Z", 5, 0);    // after "now": must not count
    f.csat(f.theirs, "2026-07-01T00:00:00Z", 10, 0); // another rep's customer: out of scope

    const auto p = f.track(PlanFixture::plan());
    REQUIRE(p.baseline);
    CHECK(*p.baseline == Approx(50.0));
    CHECK_FALSE(p.baselineFromPlan);
    REQUIRE(p.current);
    CHECK(*p.current == Approx(70.0));
    CHECK(p.currentSample == std::optional<qint64>(10));
    // 15 of 31 days elapsed; (70 - 50) / (80 - 50) = 66.67% of the way.
    CHECK(p.elapsedFraction == Approx(15.0 / 31.0));
    CHECK(p.expectedPercent == Approx(100.0 * 15.0 / 31.0));
    REQUIRE(p.progressPercent);
    CHECK(*p.progressPercent == Approx(200.0 / 3.0));
    CHECK(p.status == PlanProgressStatus::OnTrack);
    CHECK_FALSE(p.beforeAfter);
}

TEST_CASE("A running plan whose progress lags the linear expectation is behind")
{
    PlanFixture f;
    f.csat(f.mine, "2026-07-01T00:00:00Z", 10, 6); // 60
    auto plan = PlanFixture::plan();
    plan.baseline = 50.0; // given by the plan: nothing measured before the start
    const auto p = f.track(plan);
    CHECK(p.baselineFromPlan);
    REQUIRE(p.progressPercent);
    CHECK(*p.progressPercent == Approx(100.0 / 3.0)); // (60 - 50) / 30 < 48.39 expected
    CHECK(p.status == PlanProgressStatus::Behind);
}

TEST_CASE("A plan not started yet has a baseline but no progress")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.clock.set(utc("2026-06-20T00:00:00Z"));
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::NotStarted);
    CHECK(p.elapsedFraction == 0.0);
    CHECK_FALSE(p.current);
    CHECK_FALSE(p.progressPercent);
    CHECK(p.checkIn == CheckInState::None);

    f.clock.set(utc("2026-07-01T00:00:00Z")); // the start itself: nothing has elapsed
    CHECK(f.track(PlanFixture::plan()).status == PlanProgressStatus::NotStarted);
}

TEST_CASE("A plan that started today is not behind while nothing is expected of it yet")
{
    PlanFixture f;
    auto plan = PlanFixture::plan();
    plan.baseline = 50.0;
    // Created today, as the window does it: from the start of the day, running 30 days. At 18:00
    // three quarters of a day (2.5% of the time) have passed, but no whole day: nothing is expected.
    plan.startAt = utc("2026-07-16T00:00:00Z");
    plan.deadlineAt = utc("2026-08-15T00:00:00Z");
    f.clock.set(utc("2026-07-16T18:00:00Z"));
    auto p = f.track(plan);
    CHECK(p.elapsedFraction == Approx(0.75 / 30));
    CHECK(p.expectedPercent == 0.0);
    CHECK_FALSE(p.current); // no response yet
    CHECK(p.status == PlanProgressStatus::OnTrack);

    // A first unhappy answer: a value, 0% of the way, against 0% expected.
    f.csat(f.mine, "2026-07-16T00:00:00Z", 1, 0); // answered at noon
    f.clock.set(utc("2026-07-16T23:00:00Z"));
    p = f.track(plan);
    REQUIRE(p.progressPercent);
    CHECK(*p.progressPercent == 0.0);
    CHECK(p.status == PlanProgressStatus::OnTrack);

    // One whole day in, 3.3% is expected: now it lags.
    f.clock.set(utc("2026-07-17T09:00:00Z"));
    p = f.track(plan);
    CHECK(p.expectedPercent == Approx(100.0 / 30));
    CHECK(p.status == PlanProgressStatus::Behind);
    CHECK_FALSE(ActionPlanTracker::isBehind(std::nullopt, 0.4));
    CHECK(ActionPlanTracker::isBehind(std::nullopt, 0.5));
    CHECK_FALSE(ActionPlanTracker::isBehind(12.4, 12.3)); // both read 12%
    CHECK(ActionPlanTracker::isBehind(11.4, 12.3));
}

TEST_CASE("At the deadline a plan that reached its target is achieved and the before-after comparison says "
          "it worked")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.csat(f.mine, "2026-07-05T00:00:00Z", 10, 9); // 90
    f.csat(f.mine, "2026-08-02T00:00:00Z", 10, 0); // after the deadline: not part of the plan
    f.clock.set(utc("2026-08-15T00:00:00Z"));
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::Achieved);
    CHECK(p.elapsedFraction == 1.0);
    CHECK(*p.progressPercent == Approx(100.0));
    CHECK(p.checkIn == CheckInState::None);
    REQUIRE(p.beforeAfter);
    const auto& ba = *p.beforeAfter;
    CHECK(ba.before.start() == utc("2026-05-31T00:00:00Z"));
    CHECK(ba.before.end() == utc("2026-07-01T00:00:00Z"));
    CHECK(*ba.beforeValue == Approx(50.0));
    CHECK(*ba.duringValue == Approx(90.0));
    CHECK(*ba.change == Approx(40.0));
    CHECK(ba.beforeSample == std::optional<qint64>(10));
    CHECK(ba.duringSample == std::optional<qint64>(10));
    CHECK(ba.verdict == PlanVerdict::Worked);
    CHECK(ba.explanation.contains(QStringLiteral("reaching the target")));
}

TEST_CASE(
    "At the deadline a plan that left the metric where it was is not achieved and did not move the metric")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.csat(f.mine, "2026-07-05T00:00:00Z", 10, 5); // 50 again
    f.clock.set(utc("2026-08-01T00:00:00Z"));      // exactly the deadline
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::NotAchieved);
    CHECK(*p.progressPercent == Approx(0.0));
    REQUIRE(p.beforeAfter);
    CHECK(*p.beforeAfter->change == Approx(0.0));
    CHECK(p.beforeAfter->verdict == PlanVerdict::DidNotMove);
    CHECK(toString(p.beforeAfter->verdict) == QStringLiteral("did not move the metric"));
}

TEST_CASE("A plan that missed its target but moved the metric a quarter of the way or more still worked")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.csat(f.mine, "2026-07-05T00:00:00Z", 10, 6); // 60: +10, a third of the 30 planned
    f.clock.set(utc("2026-08-15T00:00:00Z"));
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::NotAchieved);
    REQUIRE(p.beforeAfter);
    CHECK(p.beforeAfter->verdict == PlanVerdict::Worked);
    CHECK(p.beforeAfter->explanation.contains(QStringLiteral("short of the target")));
}

TEST_CASE("A plan during which the metric fell moved the wrong way")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    f.csat(f.mine, "2026-07-05T00:00:00Z", 10, 3); // 30
    f.clock.set(utc("2026-08-15T00:00:00Z"));
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::NotAchieved);
    CHECK(*p.progressPercent == Approx(0.0)); // clamped, not -66.7
    REQUIRE(p.beforeAfter);
    CHECK(*p.beforeAfter->change == Approx(-20.0));
    CHECK(p.beforeAfter->verdict == PlanVerdict::WrongWay);
}

TEST_CASE("Fewer than ten survey responses on either side of the comparison is too little data")
{
    PlanFixture f;
    f.csat(f.mine, "2026-06-01T00:00:00Z", 4, 2);  // 50 on 4 responses
    f.csat(f.mine, "2026-07-05T00:00:00Z", 10, 9); // 90
    f.clock.set(utc("2026-08-15T00:00:00Z"));
    const auto p = f.track(PlanFixture::plan());
    CHECK(p.status == PlanProgressStatus::Achieved); // the target is met, the comparison is not trusted
    REQUIRE(p.beforeAfter);
    CHECK(p.beforeAfter->beforeSample == std::optional<qint64>(4));
    CHECK(p.beforeAfter->verdict == PlanVerdict::TooLittleData);
    CHECK(p.beforeAfter->explanation.contains(QStringLiteral("Records before the start: 4;")));

    SECTION("and no responses at all before the start is too little data as well")
    {
        PlanFixture g;
        g.csat(g.mine, "2026-07-05T00:00:00Z", 10, 9);
        g.clock.set(utc("2026-08-15T00:00:00Z"));
        const auto q = g.track(PlanFixture::plan());
        CHECK_FALSE(q.baseline);
        CHECK_FALSE(q.progressPercent);
        REQUIRE(q.beforeAfter);
        CHECK(q.beforeAfter->verdict == PlanVerdict::TooLittleData);
    }
}

TEST_CASE("Check-ins fall due a cadence after the last one and are overdue after the grace days")
{
    PlanFixture f;
    f.halfSatisfiedBefore();
    const auto plan = PlanFixture::plan(); // every 7 days from July 1
    // July 8 counts; July 25 lies after "now" and must be ignored.
    const std::vector<core::ActionPlanCheckIn> checkIns{checkInAt("2026-07-25T09:00:00Z"),
                                                        checkInAt("2026-07-08T09:00:00Z")};

    f.clock.set(utc("2026-07-12T00:00:00Z"));
    auto p = f.track(plan, checkIns);
    CHECK(p.lastCheckInAt == utc("2026-07-08T09:00:00Z"));
    CHECK(p.nextCheckInAt == utc("2026-07-15T09:00:00Z"));
    CHECK(p.checkIn == CheckInState::NotYet);

    f.clock.set(utc("2026-07-16T00:00:00Z"));
    CHECK(f.track(plan, checkIns).checkIn == CheckInState::Due);

    f.clock.set(utc("2026-07-20T00:00:00Z")); // past July 17 09:00
    p = f.track(plan, checkIns);
    CHECK(p.checkIn == CheckInState::Overdue);
    CHECK(toString(p.checkIn) == QStringLiteral("overdue"));

    // With no check-in at all the first one is due a cadence after the start.
    f.clock.set(utc("2026-07-10T00:00:00Z"));
    p = f.track(plan);
    CHECK_FALSE(p.lastCheckInAt.isValid());
    CHECK(p.nextCheckInAt == utc("2026-07-08T00:00:00Z"));
    CHECK(p.checkIn == CheckInState::Due);
}

TEST_CASE("Progress toward a lower-is-better target runs from the baseline down")
{
    // Resolution time 48 h -> target 24 h; now 36 h: half-way.
    CHECK(*ActionPlanTracker::progressPercent(QStringLiteral("<="), 48, 24, 36) == Approx(50.0));
    CHECK(*ActionPlanTracker::progressPercent(QStringLiteral("<="), 48, 24, 60) == Approx(0.0));
    CHECK(*ActionPlanTracker::progressPercent(QStringLiteral("<="), 48, 24, 20) == Approx(100.0));
    // A baseline already at the target: all or nothing.
    CHECK(*ActionPlanTracker::progressPercent(QStringLiteral(">="), 85, 80, 82) == Approx(100.0));
    CHECK(*ActionPlanTracker::progressPercent(QStringLiteral(">="), 85, 80, 70) == Approx(0.0));
    CHECK(ActionPlanTracker::verdictFor(QStringLiteral("<="), 24, 48, 30, 20, 20) == PlanVerdict::Worked);
    CHECK(ActionPlanTracker::verdictFor(QStringLiteral("<="), 24, 48, 50, 20, 20) == PlanVerdict::DidNotMove);
    CHECK(ActionPlanTracker::verdictFor(QStringLiteral("<="), 24, 48, 60, 20, 20) == PlanVerdict::WrongWay);
    CHECK(ActionPlanTracker::verdictFor(QStringLiteral("<="), 24, 48, 30, 20, 9) ==
          PlanVerdict::TooLittleData);
    CHECK(ActionPlanTracker::sampleKey(QStringLiteral("csat_mean")) == QStringLiteral("responses.csat"));
}

TEST_CASE("A plan without a metric target or deadline cannot be tracked and the error names the plan")
{
    PlanFixture f;
    auto plan = PlanFixture::plan();
    plan.metric = QStringLiteral("happiness");
    auto r = ActionPlanTracker(f.engine, f.clock).track(plan);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("Raise CSAT")));
    CHECK(r.error().message.contains(QStringLiteral("happiness")));

    plan = PlanFixture::plan();
    plan.target.reset();
    CHECK_FALSE(ActionPlanTracker(f.engine, f.clock).track(plan));

    plan = PlanFixture::plan();
    plan.deadlineAt = plan.startAt;
    r = ActionPlanTracker(f.engine, f.clock).track(plan);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("deadline")));
}

namespace {

core::ActionPlanRevision statusRevision(const char* at, const char* from, const char* to)
{
    core::ActionPlanRevision r;
    r.planId = 1;
    r.at = utc(at);
    r.field = QStringLiteral("status");
    r.oldValue = QString::fromLatin1(from);
    r.newValue = QString::fromLatin1(to);
    r.reason = QStringLiteral("test");
    return r;
}

} // namespace

TEST_CASE("An abandoned plan is reported as abandoned, frozen when it was given up, never behind or overdue")
{
    PlanFixture f;
    f.csat(f.mine, "2026-07-01T00:00:00Z", 10, 6); // July 1..10: 60, behind while active
    f.csat(f.mine, "2026-07-13T00:00:00Z", 3, 0);  // July 13..15, after it was given up: not counted
    auto plan = PlanFixture::plan();
    plan.baseline = 50.0;
    REQUIRE(f.track(plan).status == PlanProgressStatus::Behind);
    REQUIRE(f.track(plan).checkIn == CheckInState::Overdue); // first check-in was due July 8

    plan.status = QStringLiteral("abandoned");
    auto result = ActionPlanTracker(f.engine, f.clock)
                      .track(plan, {}, {statusRevision("2026-07-12T09:00:00Z", "active", "abandoned")});
    REQUIRE_OK(result);
    const auto& p = *result;
    CHECK(p.status == PlanProgressStatus::Abandoned);
    CHECK(core::toString(p.status) == QStringLiteral("abandoned"));
    CHECK(p.checkIn == CheckInState::None);
    CHECK_FALSE(p.nextCheckInAt.isValid());
    CHECK_FALSE(p.beforeAfter); // a plan given up is not judged
    CHECK(p.closedAt == utc("2026-07-12T09:00:00Z"));
    CHECK(p.measuredUntil == utc("2026-07-12T09:00:00Z"));
    REQUIRE(p.current);
    CHECK(*p.current == Approx(60.0)); // the three unhappy answers after July 12 are left out
    CHECK(*p.progressPercent == Approx(100.0 / 3.0));
    CHECK(p.elapsedFraction == Approx((11.0 + 9.0 / 24.0) / 31.0));

    // Without a recorded closing it is still abandoned, measured up to now.
    const auto unrecorded = f.track(plan);
    CHECK(unrecorded.status == PlanProgressStatus::Abandoned);
    CHECK(unrecorded.checkIn == CheckInState::None);
    CHECK_FALSE(unrecorded.closedAt.isValid());
    CHECK(*unrecorded.current == Approx(600.0 / 13.0)); // 6 satisfied of 13
}

TEST_CASE(
    "A plan marked done early is frozen at its closing and compared with the same length before the start")
{
    PlanFixture f;
    f.csat(f.mine, "2026-06-21T00:00:00Z", 10, 5); // June 21..30: 50, the ten days before the start
    f.csat(f.mine, "2026-07-01T00:00:00Z", 10, 9); // July 1..10: 90
    f.csat(f.mine, "2026-07-11T00:00:00Z", 5, 0);  // after the closing on July 11: not counted
    auto plan = PlanFixture::plan();
    plan.status = QStringLiteral("done");
    auto result = ActionPlanTracker(f.engine, f.clock)
                      .track(plan, {checkInAt("2026-07-05T00:00:00Z")},
                             {statusRevision("2026-07-11T00:00:00Z", "active", "done")});
    REQUIRE_OK(result);
    const auto& p = *result;
    CHECK(p.closedAt == utc("2026-07-11T00:00:00Z"));
    CHECK(p.elapsedFraction == Approx(10.0 / 31.0));
    REQUIRE(p.current);
    CHECK(*p.current == Approx(90.0));
    CHECK(p.status == PlanProgressStatus::Achieved);
    CHECK(p.checkIn == CheckInState::None); // over: nothing is due any more
    CHECK(p.lastCheckInAt == utc("2026-07-05T00:00:00Z"));
    REQUIRE(p.beforeAfter);
    CHECK(p.beforeAfter->during.start() == utc("2026-07-01T00:00:00Z"));
    CHECK(p.beforeAfter->during.end() == utc("2026-07-11T00:00:00Z"));
    CHECK(p.beforeAfter->before.start() == utc("2026-06-21T00:00:00Z"));
    CHECK(p.beforeAfter->before.end() == utc("2026-07-01T00:00:00Z"));
    CHECK(*p.beforeAfter->beforeValue == Approx(50.0));
    CHECK(p.beforeAfter->beforeSample == std::optional<qint64>(10));
    CHECK(*p.beforeAfter->change == Approx(40.0));
    CHECK(p.beforeAfter->verdict == PlanVerdict::Worked);
    CHECK(p.beforeAfter->explanation.contains(QStringLiteral("reaching the target")));

    // Done with the target missed: not achieved, and still judged before/after.
    plan.target = 95.0;
    auto missed = ActionPlanTracker(f.engine, f.clock)
                      .track(plan, {}, {statusRevision("2026-07-11T00:00:00Z", "active", "done")});
    REQUIRE_OK(missed);
    CHECK(missed->status == PlanProgressStatus::NotAchieved);
    REQUIRE(missed->beforeAfter);
    CHECK(missed->beforeAfter->verdict == PlanVerdict::Worked); // +40 of a planned 45
    CHECK(missed->beforeAfter->explanation.contains(QStringLiteral("short of the target 95.0")));
}

TEST_CASE("A closed plan's closing is the latest revision that set its current status")
{
    auto plan = PlanFixture::plan();
    const std::vector<core::ActionPlanRevision> history{
        statusRevision("2026-07-10T00:00:00Z", "abandoned", "active"),
        statusRevision("2026-07-12T00:00:00Z", "active", "abandoned"),
        statusRevision("2026-07-05T00:00:00Z", "active", "abandoned"),
    };
    CHECK_FALSE(ActionPlanTracker::closedAt(plan, history).isValid()); // active: not closed
    plan.status = QStringLiteral("abandoned");
    CHECK(ActionPlanTracker::closedAt(plan, history) == utc("2026-07-12T00:00:00Z"));
    plan.status = QStringLiteral("done");
    CHECK_FALSE(ActionPlanTracker::closedAt(plan, history).isValid()); // no revision says done
}
