#include "metrics/PlanTargetMetric.h"

#include "common/Clock.h"
#include "core/metrics/SqlBook.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ActionPlanTracker.h"
#include "reflection/SmartCheck.h"

// Plans on a product's complaint rate and on the win-back rate (issue 19), measured by the
// tracker from the engine like every other plan metric, on both engines.
using namespace rapport;
using Catch::Detail::Approx;
using core::PlanTargetMetric;
using test::utc;

namespace {

// The plan runs 2026-07-01 .. 2026-08-01 (31 days), so the period before it is
// 2026-05-31 .. 2026-07-01; now is 2026-07-16.
core::ActionPlan plan(const char* metric, double target, const char* direction, core::Scope scope)
{
    core::ActionPlan p;
    p.id = 1;
    p.title = QStringLiteral("Fewer complaints");
    p.action = QStringLiteral("Check every unit before it ships");
    p.ownerRep = QStringLiteral("r1");
    p.metric = QString::fromLatin1(metric);
    p.scope = scope;
    p.target = target;
    p.direction = QString::fromLatin1(direction);
    p.startAt = utc("2026-07-01T00:00:00Z");
    p.deadlineAt = utc("2026-08-01T00:00:00Z");
    p.checkInEveryDays = 7;
    p.dimension = QStringLiteral("complaints");
    return p;
}

core::ActionPlanProgress track(test::SqlBook& b, const core::ActionPlan& p)
{
    core::FixedClock clock{utc("2026-07-16T00:00:00Z")};
    core::MetricsEngine engine(*b.db, clock);
    auto result = core::ActionPlanTracker(engine, clock).track(p, {});
    REQUIRE_OK(result);
    return *result;
}

} // namespace

TEST_CASE("plan target keys carry the product and are told apart from the engine's keys", "[engines][plans]")
{
    CHECK(PlanTargetMetric::isKey(QStringLiteral("complaints_per_100_purchases.P-1")));
    CHECK(PlanTargetMetric::productOf(QStringLiteral("complaints_per_100_purchases.P-1")) ==
          QStringLiteral("P-1"));
    CHECK(PlanTargetMetric::isKey(QStringLiteral("win_back_rate")));
    CHECK_FALSE(PlanTargetMetric::isKey(QStringLiteral("complaints_per_100_purchases.")));
    CHECK_FALSE(PlanTargetMetric::isKey(QStringLiteral("csat")));
    CHECK(core::MetricCatalogue::title(QStringLiteral("complaints_per_100_purchases.P-1")) ==
          QStringLiteral("Complaints per 100 purchases of P-1"));
    CHECK(core::MetricCatalogue::title(QStringLiteral("win_back_rate")) == QStringLiteral("Win-back rate"));
}

TEST_CASE("a plan on one product's complaints per 100 purchases is measured for the plan's scope",
          "[engines][plans]")
{
    test::SqlBook b;
    b.product("P1", "Widget");
    b.product("P2", "Gadget");
    b.customer("A", "r1", "smb");
    b.customer("B", "r2", "smb");
    // Before: A 10 purchases of P1 and 4 complaints about it -> 40 per 100.
    for (int i = 0; i < 10; ++i)
        b.purchase("A", "2026-06-10T10:00:00Z", 1000, "P1");
    for (int i = 0; i < 4; ++i)
        b.interaction("A", "complaint", "2026-06-11T10:00:00Z", std::nullopt, "P1");
    // During (until now): 20 purchases, 5 complaints -> 25 per 100.
    for (int i = 0; i < 20; ++i)
        b.purchase("A", "2026-07-02T10:00:00Z", 1000, "P1");
    for (int i = 0; i < 5; ++i)
        b.interaction("A", "complaint", "2026-07-03T10:00:00Z", std::nullopt, "P1");
    b.interaction("A", "complaint", "2026-07-03T10:00:00Z", std::nullopt, "P2"); // another product
    b.interaction("A", "complaint", "2026-07-20T10:00:00Z", std::nullopt, "P1"); // after now
    b.interaction("B", "complaint", "2026-07-03T10:00:00Z", std::nullopt, "P1"); // r2's customer
    b.purchase("A", "2026-07-04T10:00:00Z", -1000, "P1");                        // a refund: no purchase

    const auto p =
        track(b, plan("complaints_per_100_purchases.P1", 10.0, "<=", core::Scope::rep(QStringLiteral("r1"))));
    REQUIRE(p.baseline);
    CHECK(*p.baseline == Approx(40.0));
    REQUIRE(p.current);
    CHECK(*p.current == Approx(25.0));
    CHECK(p.currentSample == std::optional<qint64>(20));
    REQUIRE(p.progressPercent);
    CHECK(*p.progressPercent == Approx(50.0)); // (25 - 40) / (10 - 40)

    // A product that is not in the catalogue cannot be measured.
    core::FixedClock clock{utc("2026-07-16T00:00:00Z")};
    core::MetricsEngine engine(*b.db, clock);
    CHECK_FALSE(core::ActionPlanTracker(engine, clock)
                    .track(plan("complaints_per_100_purchases.NOPE", 10.0, "<=", core::Scope::all()), {})
                    .ok());
}

TEST_CASE("a plan on the win-back rate is measured from the churn figures", "[engines][plans]")
{
    test::SqlBook b;
    // Before: four left, one of them bought again 30 days later -> 25%.
    b.customer("L1", "r1", "smb", "2026-06-01T00:00:00Z", "price");
    b.customer("L2", "r1", "smb", "2026-06-02T00:00:00Z", "price");
    b.customer("L3", "r1", "smb", "2026-06-03T00:00:00Z");
    b.customer("L4", "r2", "smb", "2026-06-04T00:00:00Z", "moved");
    b.purchase("L1", "2026-07-01T00:00:00Z", 5000);
    // During: two left, one bought again on 2026-07-10 -> 50%.
    b.customer("L5", "r1", "smb", "2026-07-02T00:00:00Z", "service");
    b.customer("L6", "r2", "smb", "2026-07-03T00:00:00Z", "price");
    b.purchase("L6", "2026-07-10T00:00:00Z", 5000);

    const auto p = track(b, plan("win_back_rate", 50.0, ">=", core::Scope::all()));
    REQUIRE(p.baseline);
    CHECK(*p.baseline == Approx(25.0));
    REQUIRE(p.current);
    CHECK(*p.current == Approx(50.0));
    CHECK(p.currentSample == std::optional<qint64>(2));
    CHECK(p.status == core::PlanProgressStatus::Achieved);
}

TEST_CASE("the SMART check takes the product and win-back targets with their ranges", "[engines][plans]")
{
    auto check = [](const char* metric, double target) {
        core::ActionPlan p = plan(metric, target, "<=", core::Scope::rep(QStringLiteral("r1")));
        core::SmartContext context;
        context.knownDimensions = {QStringLiteral("complaints")};
        return core::SmartCheck::check(p, context);
    };
    CHECK(check("complaints_per_100_purchases.P1", 10.0).of(core::SmartCriterion::Measurable).status ==
          core::SmartStatus::Met);
    // More than one complaint per purchase is possible: 150 is not out of range.
    CHECK(check("complaints_per_100_purchases.P1", 150.0).of(core::SmartCriterion::Achievable).status !=
          core::SmartStatus::Missing);
    CHECK(check("complaints_per_100_purchases.P1", -1.0).of(core::SmartCriterion::Achievable).status ==
          core::SmartStatus::Missing);
    CHECK(check("win_back_rate", 120.0).of(core::SmartCriterion::Achievable).status ==
          core::SmartStatus::Missing);
    // The product not yet picked: not measurable.
    CHECK(check("complaints_per_100_purchases.", 10.0).of(core::SmartCriterion::Measurable).status ==
          core::SmartStatus::Missing);
}
