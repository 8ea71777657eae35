#include "reflection/SmartCheck.h"

#include "TestSupport.h"

#include <QLocale>

using namespace rapport;
using core::SmartCheck;
using core::SmartCriterion;
using core::SmartStatus;
using test::utc;

namespace {

core::ActionPlan goodPlan()
{
    core::ActionPlan p;
    p.title = QStringLiteral("Follow up every purchase");
    p.action = QStringLiteral("Call each buyer within 14 days of the purchase");
    p.ownerRep = QStringLiteral("r1");
    p.metric = QStringLiteral("follow_up_rate");
    p.scope = core::Scope::rep(QStringLiteral("r1"));
    p.target = 60.0;
    p.direction = QStringLiteral(">=");
    p.baseline = 40.0;
    p.startAt = utc("2026-09-01T00:00:00Z");
    p.deadlineAt = utc("2026-12-01T00:00:00Z");
    p.dimension = QStringLiteral("follow_up");
    return p;
}

core::SmartContext history()
{
    core::SmartContext c;
    c.history = {38.0, 45.5, 62.0, 40.0};
    c.weakDimensions = QStringList{QStringLiteral("follow_up")};
    c.knownDimensions = {QStringLiteral("approach"), QStringLiteral("listening"),
                         QStringLiteral("complaints"), QStringLiteral("follow_up")};
    return c;
}

// Every criterion but `failing` is met; `failing` has status `expected` and a problem mentioning `words`.
void requireOnlyFailing(const core::SmartCheckResult& result, SmartCriterion failing, SmartStatus expected,
                        const QString& words)
{
    for (const auto& r : result.criteria) {
        INFO(core::toString(r.criterion).toStdString()
             << ": " << r.problems.join(QStringLiteral(" | ")).toStdString());
        if (r.criterion == failing) {
            CHECK(r.status == expected);
            CHECK(r.problems.join(QLatin1Char(' ')).contains(words));
        } else {
            CHECK((r.status == SmartStatus::Met || r.status == SmartStatus::NotChecked));
        }
    }
}

} // namespace

TEST_CASE("a complete plan meets every SMART criterion", "[reflection][smart]")
{
    const auto result = SmartCheck::check(goodPlan(), history());
    REQUIRE(result.criteria.size() == 5);
    for (const auto& r : result.criteria) {
        INFO(r.problems.join(QStringLiteral(" | ")).toStdString());
        CHECK(r.status == SmartStatus::Met);
    }
    CHECK(result.passed());
    CHECK(result.clean());
}

TEST_CASE("SMART Specific fails alone without an owner or with a one-word action", "[reflection][smart]")
{
    auto p = goodPlan();
    p.ownerRep.clear();
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Specific, SmartStatus::Missing,
                       QStringLiteral("Nobody owns"));
    p = goodPlan();
    p.action = QStringLiteral("improve");
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Specific, SmartStatus::Missing,
                       QStringLiteral("too vague"));
    CHECK_FALSE(SmartCheck::check(p, history()).passed());
}

TEST_CASE("SMART Measurable fails alone for a metric that is not in the contract", "[reflection][smart]")
{
    auto p = goodPlan();
    p.metric = QStringLiteral("happiness");
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Measurable, SmartStatus::Missing,
                       QStringLiteral("\"happiness\" is not a metric"));
}

TEST_CASE("SMART Measurable fails without a target and Achievable then waits for it", "[reflection][smart]")
{
    auto p = goodPlan();
    p.target.reset();
    const auto result = SmartCheck::check(p, history());
    requireOnlyFailing(result, SmartCriterion::Measurable, SmartStatus::Missing,
                       QStringLiteral("no numeric target"));
    CHECK(result.of(SmartCriterion::Achievable).status == SmartStatus::NotChecked);
}

TEST_CASE("SMART Achievable warns alone when the target exceeds the best value ever reached",
          "[reflection][smart]")
{
    auto p = goodPlan();
    p.target = 75.0; // best ever is 62
    const auto result = SmartCheck::check(p, history());
    requireOnlyFailing(result, SmartCriterion::Achievable, SmartStatus::Warning,
                       QStringLiteral("beyond the best value ever reached for rep:r1 (62)"));
    CHECK(result.passed()); // a warning does not fail the plan
    CHECK_FALSE(result.clean());

    // For "at most" the best is the lowest value.
    p.metric = QStringLiteral("resolution_hours_median");
    p.direction = QStringLiteral("<=");
    p.target = 30.0;
    p.baseline = 48.0;
    auto lower = history();
    lower.history = {52.0, 36.0, 41.0};
    requireOnlyFailing(SmartCheck::check(p, lower), SmartCriterion::Achievable, SmartStatus::Warning,
                       QStringLiteral("(36)"));
    p.target = 36.0; // equal to the best: fine
    CHECK(SmartCheck::check(p, lower).of(SmartCriterion::Achievable).status == SmartStatus::Met);
}

TEST_CASE("SMART problems name the scope as the caller reads it and round as the report does",
          "[reflection][smart]")
{
    // Issue 20: the window said "rep:fbrennan (29.09090909)".
    auto p = goodPlan();
    p.target = 75.0;
    auto context = history();
    context.history = {12.0, 100.0 * 32 / 110}; // 29.0909...
    context.scopeName = QStringLiteral("Rep Finn Brennan");
    requireOnlyFailing(SmartCheck::check(p, context), SmartCriterion::Achievable, SmartStatus::Warning,
                       QStringLiteral("beyond the best value ever reached for Rep Finn Brennan (29.1)"));
}

TEST_CASE("SMART Achievable fails alone for a target outside what the metric can take", "[reflection][smart]")
{
    auto p = goodPlan();
    p.target = 120.0;
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Achievable, SmartStatus::Missing,
                       QStringLiteral("Follow-up rate runs from 0 to 100"));
}

TEST_CASE("SMART Achievable warns when there is no history or the baseline already meets the target",
          "[reflection][smart]")
{
    auto p = goodPlan();
    auto none = history();
    none.history.clear();
    requireOnlyFailing(SmartCheck::check(p, none), SmartCriterion::Achievable, SmartStatus::Warning,
                       QStringLiteral("no history"));
    p.baseline = 61.0;
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Achievable, SmartStatus::Warning,
                       QStringLiteral("already reaches"));
}

TEST_CASE("SMART Relevant fails alone when the plan is linked to nothing", "[reflection][smart]")
{
    auto p = goodPlan();
    p.dimension.clear();
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Relevant, SmartStatus::Missing,
                       QStringLiteral("neither a finding nor"));
    p.findingRef = QStringLiteral("finding:complaints-rising");
    CHECK(SmartCheck::check(p, history()).clean());
    p.findingRef.clear();
    p.dimension = QStringLiteral("charisma");
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Relevant, SmartStatus::Missing,
                       QStringLiteral("not a dimension"));
    p.dimension = QStringLiteral("listening"); // known but not weak for this owner
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::Relevant, SmartStatus::Warning,
                       QStringLiteral("not a weakness"));
}

TEST_CASE("SMART Time-bound fails alone when the deadline is not after the start", "[reflection][smart]")
{
    auto p = goodPlan();
    p.deadlineAt = p.startAt;
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::TimeBound, SmartStatus::Missing,
                       QStringLiteral("is not after the start"));
    p.deadlineAt = QDateTime();
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::TimeBound, SmartStatus::Missing,
                       QStringLiteral("no deadline"));
    p.deadlineAt = p.startAt.addDays(3); // shorter than the weekly check-in
    requireOnlyFailing(SmartCheck::check(p, history()), SmartCriterion::TimeBound, SmartStatus::Warning,
                       QStringLiteral("before its first check-in"));
}

TEST_CASE("SMART problems write their numbers in the user's format", "[reflection][smart]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto plan = goodPlan();
    plan.target = 150.5; // a rate runs from 0 to 100
    const auto result = SmartCheck::check(plan, history());
    QLocale::setDefault(previous);
    QString all;
    for (const auto& c : result.criteria)
        all += c.problems.join(QLatin1Char(' '));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("A target of 150,5 can never be reached")));
    CHECK_FALSE(all.contains(QStringLiteral("150.5")));
}
