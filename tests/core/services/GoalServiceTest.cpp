#include "services/GoalService.h"

#include "ServiceFixture.h"

using namespace rapport;

namespace {

core::KpiGoal goal(const char* name, const char* start, const char* end, double target)
{
    core::KpiGoal g;
    g.name = QString::fromLatin1(name);
    g.metric = QStringLiteral("csat");
    g.scope = core::Scope::rep(QStringLiteral("r1"));
    g.periodStart = test::utc(start);
    g.periodEnd = test::utc(end);
    g.target = target;
    g.createdAt = test::utc("2025-12-20T00:00:00Z");
    return g;
}

core::GoalCheckIn checkIn(qint64 goalId, const char* at, double value, int confidence)
{
    core::GoalCheckIn c;
    c.goalId = goalId;
    c.at = test::utc(at);
    c.value = value;
    c.confidence = confidence;
    c.comment = QStringLiteral("on track");
    return c;
}

QStringList names(const std::vector<core::KpiGoal>& goals)
{
    QStringList out;
    for (const auto& g : goals)
        out << g.name;
    return out;
}

} // namespace

TEST_CASE("GoalService lists goals by period start and finds those overlapping a period", "[services][goals]")
{
    test::ServiceFixture f;
    core::GoalService service(*f.db);
    // Stored out of order: Q2 (id 1), the year (id 2), Q1 (id 3).
    core::KpiGoal q2 = goal("Q2", "2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z", 80);
    core::KpiGoal year = goal("Year", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 75);
    core::KpiGoal q1 = goal("Q1", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 70);
    for (core::KpiGoal* g : {&q2, &year, &q1})
        REQUIRE_OK(service.insert(*g));
    CHECK(q2.id < year.id);
    CHECK(year.id < q1.id);

    auto all = service.list();
    REQUIRE_OK(all);
    // The year and Q1 start together: the older id first.
    CHECK(names(*all) == QStringList{QStringLiteral("Year"), QStringLiteral("Q1"), QStringLiteral("Q2")});
    CHECK(all->at(1) == q1);

    // April: Q1 ended at its start (periods are [start, end)).
    auto april = service.overlapping(test::utc("2026-04-01T00:00:00Z"), test::utc("2026-05-01T00:00:00Z"));
    REQUIRE_OK(april);
    CHECK(names(*april) == QStringList{QStringLiteral("Year"), QStringLiteral("Q2")});
    auto march = service.overlapping(test::utc("2026-03-31T00:00:00Z"), test::utc("2026-04-01T00:00:00Z"));
    REQUIRE_OK(march);
    CHECK(names(*march) == QStringList{QStringLiteral("Year"), QStringLiteral("Q1")});
    auto before = service.overlapping(test::utc("2025-01-01T00:00:00Z"), test::utc("2026-01-01T00:00:00Z"));
    REQUIRE_OK(before);
    CHECK(before->empty());

    q2.target = 85;
    q2.direction = QStringLiteral("<=");
    REQUIRE_OK(service.update(q2));
    auto updated = service.list();
    REQUIRE_OK(updated);
    CHECK(updated->at(2) == q2);
}

TEST_CASE("GoalService deletes a goal with its check-ins and restores both with the same ids",
          "[services][goals]")
{
    test::ServiceFixture f;
    core::GoalService service(*f.db);
    core::KpiGoal kept = goal("Kept", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 70);
    core::KpiGoal gone = goal("Gone", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 90);
    REQUIRE_OK(service.insert(kept));
    REQUIRE_OK(service.insert(gone));
    core::GoalCheckIn late = checkIn(gone.id, "2026-03-01T00:00:00Z", 82, 6);
    core::GoalCheckIn early = checkIn(gone.id, "2026-02-01T00:00:00Z", 78, 4);
    core::GoalCheckIn other = checkIn(kept.id, "2026-02-15T00:00:00Z", 71, 8);
    for (core::GoalCheckIn* c : {&late, &early, &other})
        REQUIRE_OK(service.addCheckIn(*c));

    auto checkIns = service.checkIns(gone.id);
    REQUIRE_OK(checkIns);
    CHECK(*checkIns == std::vector<core::GoalCheckIn>{early, late}); // oldest first

    auto snapshot = service.removeCapturing(gone.id);
    REQUIRE_OK(snapshot);
    CHECK(snapshot->goal == gone);
    CHECK(snapshot->checkIns == std::vector<core::GoalCheckIn>{early, late});
    CHECK(f.count("kpi_goals") == 1);
    CHECK(f.count("goal_check_ins") == 1);

    REQUIRE_OK(service.restore(*snapshot));
    auto all = service.list();
    REQUIRE_OK(all);
    CHECK(*all == std::vector<core::KpiGoal>{kept, gone});
    auto back = service.checkIns(gone.id);
    REQUIRE_OK(back);
    CHECK(*back == std::vector<core::GoalCheckIn>{early, late});

    REQUIRE_OK(service.removeCheckIn(early.id));
    auto left = service.checkIns(gone.id);
    REQUIRE_OK(left);
    CHECK(*left == std::vector<core::GoalCheckIn>{late});
}
