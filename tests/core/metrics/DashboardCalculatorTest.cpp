#include "metrics/DashboardCalculator.h"

#include "MetricsFixture.h"

using namespace rapport;
using test::utc;

namespace {

// One customer who buys for 100.00 on 5 October, 50.00 on 20 October, 30.00 on 3 November and
// 20.00 on 20 November.
struct Book
{
    test::MetricsFixture f;
    Book()
    {
        const qint64 c = f.customer("2026-01-01T00:00:00Z");
        f.purchase(c, "2026-10-05T00:00:00Z", 10000);
        f.purchase(c, "2026-10-20T00:00:00Z", 5000);
        f.purchase(c, "2026-11-03T00:00:00Z", 3000);
        f.purchase(c, "2026-11-20T00:00:00Z", 2000);
    }

    core::DashboardFigures figures(const core::Period& period)
    {
        auto figures =
            core::DashboardCalculator(*f.db, f.clock).compute(period, core::Scope::all(), nullptr, false);
        REQUIRE_OK(figures);
        return std::move(figures).value();
    }
};

} // namespace

TEST_CASE("a running month is compared with the same elapsed part of the month before",
          "[metrics][dashboard]")
{
    Book b;
    // 10 November 12:00: 9.5 days of November have passed, so October counts up to 10 October 12:00.
    b.f.clock.set(utc("2026-11-10T12:00:00Z"));
    const auto f = b.figures(core::Period::month(2026, 11));
    CHECK(f.comparedToDate);
    CHECK(f.comparison.current.revenueCents == 3000); // up to now: the 20 November purchase waits
    CHECK(f.comparison.current.period.end() == utc("2026-11-10T12:00:00Z"));
    CHECK(f.comparison.previous.revenueCents == 10000); // the 20 October purchase is not in the same span
    CHECK(f.comparison.previous.period.start() == utc("2026-10-01T00:00:00Z"));
    CHECK(f.comparison.previous.period.end() == utc("2026-10-10T12:00:00Z"));
    // The trend's October is still the whole month.
    CHECK(f.months.at(10).revenueCents == 15000);

    // Once November is over, the whole of October again.
    b.f.clock.set(utc("2026-12-01T00:00:00Z"));
    const auto done = b.figures(core::Period::month(2026, 11));
    CHECK_FALSE(done.comparedToDate);
    CHECK(done.comparison.current.revenueCents == 5000);
    CHECK(done.comparison.previous.revenueCents == 15000);
    CHECK(done.comparison.previous.period == core::Period::month(2026, 10));
}

TEST_CASE("a running month longer than the one before compares with all of it at most",
          "[metrics][dashboard]")
{
    Book b;
    // 30 March: 29 days of March have passed, more than February's 28.
    b.f.clock.set(utc("2026-03-30T00:00:00Z"));
    const auto f = b.figures(core::Period::month(2026, 3));
    CHECK(f.comparedToDate);
    CHECK(f.comparison.previous.period.start() == utc("2026-02-01T00:00:00Z"));
    CHECK(f.comparison.previous.period.end() == utc("2026-03-01T00:00:00Z"));
}

TEST_CASE("the dashboard's cohort table ends with the chosen period and marks the month still running",
          "[metrics][dashboard]")
{
    Book b;
    // A second customer first buys in November, after October.
    const qint64 late = b.f.customer("2026-01-01T00:00:00Z");
    b.f.purchase(late, "2026-11-05T00:00:00Z", 1000);
    b.f.clock.set(utc("2026-11-10T12:00:00Z"));

    // October, looked at in November: no cell reaches past October, and nothing is running.
    const auto october = b.figures(core::Period::month(2026, 10));
    REQUIRE(october.cohorts.rows.back().month == core::Period::month(2026, 10));
    for (const core::CohortRow& row : october.cohorts.rows) {
        const QDate month = row.month.start().date();
        CHECK(month.addMonths(static_cast<int>(row.retention.size()) - 1) <= QDate(2026, 10, 1));
    }
    CHECK(october.cohorts.rows.back().retention.size() == 1); // October's cohort: only +0
    CHECK_FALSE(october.cohorts.runningMonth.has_value());

    // November while it runs: October's cohort reaches November, which is marked as running.
    const auto november = b.figures(core::Period::month(2026, 11));
    REQUIRE(november.cohorts.runningMonth.has_value());
    CHECK(*november.cohorts.runningMonth == core::Period::month(2026, 11));
    const core::CohortRow& octoberRow = november.cohorts.rows.at(10);
    REQUIRE(octoberRow.month == core::Period::month(2026, 10));
    CHECK(octoberRow.retention.size() == 2);
}

TEST_CASE("the team table leaves out a manager without customers and keeps an idle rep",
          "[metrics][dashboard]")
{
    // Issue 20: the manager was listed with a row of dashes.
    Book b;
    b.f.clock.set(utc("2026-12-01T00:00:00Z"));
    REQUIRE_OK(core::RepRepository(*b.f.db).insert(
        {QStringLiteral("boss"), QStringLiteral("The Boss"), core::RepRole::Manager}));
    auto ids = [&b] {
        QStringList out;
        auto team = core::DashboardCalculator(*b.f.db, b.f.clock).computeTeam(core::Period::month(2026, 11));
        REQUIRE_OK(team);
        for (const core::TeamFigures& t : *team)
            out << t.repId;
        return out;
    };
    CHECK(ids() == QStringList{QStringLiteral("r1"), QStringLiteral("r2")}); // r2 owns nothing, and stays

    // A manager who owns customers has figures of their own and is listed.
    b.f.customer("2026-02-01T00:00:00Z", nullptr, "boss");
    CHECK(ids().contains(QStringLiteral("boss")));
}
