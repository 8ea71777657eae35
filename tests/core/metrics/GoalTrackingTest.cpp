#include "metrics/GoalTracking.h"

#include "TestSupport.h"

using namespace rapport;
using namespace rapport::core;

namespace {

KpiGoal quarterGoal()
{
    KpiGoal g;
    g.metric = QStringLiteral("revenue");
    g.periodStart = test::utc("2026-07-01T00:00:00Z");
    g.periodEnd = test::utc("2026-10-01T00:00:00Z");
    g.createdAt = test::utc("2026-06-20T00:00:00Z");
    g.target = 1000;
    g.checkInEveryDays = 14;
    return g;
}

} // namespace

TEST_CASE("a goal's first check-in is due its cadence after the period starts", "[goals][checkin]")
{
    const KpiGoal g = quarterGoal();
    CHECK(nextCheckInDue(g, std::nullopt) == test::utc("2026-07-15T00:00:00Z"));
    CHECK_FALSE(isCheckInOverdue(g, std::nullopt, test::utc("2026-07-15T00:00:00Z")));
    CHECK(isCheckInOverdue(g, std::nullopt, test::utc("2026-07-15T00:00:01Z")));
}

TEST_CASE("a check-in resets the cadence", "[goals][checkin]")
{
    const KpiGoal g = quarterGoal();
    const auto last = std::optional<QDateTime>(test::utc("2026-08-01T12:00:00Z"));
    CHECK(nextCheckInDue(g, last) == test::utc("2026-08-15T12:00:00Z"));
    CHECK_FALSE(isCheckInOverdue(g, last, test::utc("2026-08-10T00:00:00Z")));
    CHECK(isCheckInOverdue(g, last, test::utc("2026-08-16T00:00:00Z")));
}

TEST_CASE("a goal that is over or not begun has no overdue check-in", "[goals][checkin]")
{
    const KpiGoal g = quarterGoal();
    CHECK_FALSE(isCheckInOverdue(g, std::nullopt, test::utc("2026-06-30T00:00:00Z")));
    CHECK_FALSE(isCheckInOverdue(g, std::nullopt, test::utc("2026-10-01T00:00:00Z")));
}

TEST_CASE("goal progress runs from baseline to target", "[goals][progress]")
{
    KpiGoal g = quarterGoal();
    CHECK(*goalProgressPercent(g, 250.0) == Catch::Detail::Approx(25.0));
    CHECK(*goalProgressPercent(g, 1500.0) == Catch::Detail::Approx(100.0));
    g.baseline = 600;
    CHECK(*goalProgressPercent(g, 700.0) == Catch::Detail::Approx(25.0)); // (700 - 600) / (1000 - 600)
    CHECK(*goalProgressPercent(g, 500.0) == Catch::Detail::Approx(0.0));
    CHECK_FALSE(goalProgressPercent(g, std::nullopt).has_value());
}

TEST_CASE("progress of an at-most goal", "[goals][progress]")
{
    KpiGoal g = quarterGoal();
    g.metric = QStringLiteral("churn_rate");
    g.direction = QStringLiteral("<=");
    g.target = 5;
    CHECK(*goalProgressPercent(g, 4.0) == Catch::Detail::Approx(100.0));
    CHECK(*goalProgressPercent(g, 10.0) == Catch::Detail::Approx(50.0));
    g.baseline = 9;
    CHECK(*goalProgressPercent(g, 8.0) == Catch::Detail::Approx(25.0)); // (8 - 9) / (5 - 9)
}
