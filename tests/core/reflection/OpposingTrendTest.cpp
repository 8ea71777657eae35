#include "TestSupport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingStatistics.h"

#include <random>

using namespace rapport;
using core::Finding;
using core::FindingKind;
using core::FindingsEngine;
using core::FindingStatistics;

TEST_CASE("trendZ is the Cochran-Armitage trend statistic", "[engines][findings]")
{
    // 20, 30 and 40 of 100 at t = 0, 1, 2: p = 0.3, mean time 1, sum x (t - 1) = -20 + 40 = 20,
    // sum n (t - 1)^2 = 200, z = 20 / sqrt(0.3 * 0.7 * 200) = 3.0861; slope 20 / 200 = 0.1 a step.
    double change = 0;
    CHECK(FindingStatistics::trendZ({0, 1, 2}, {20, 30, 40}, {100, 100, 100}, &change) ==
          Approx(3.0861).epsilon(1e-4));
    CHECK(change == Approx(0.2));
    // A gap in time counts: 20 at t = 0 and 40 at t = 2, with nothing in between.
    CHECK(FindingStatistics::trendZ({0, 2}, {20, 40}, {100, 100}, &change) ==
          Approx(20.0 / std::sqrt(0.3 * 0.7 * 200.0)).epsilon(1e-6));
    CHECK(FindingStatistics::trendZ({0, 1, 2}, {30, 30, 30}, {100, 100, 100}) == Approx(0.0));
    CHECK(FindingStatistics::trendZ({0, 1}, {0, 0}, {100, 100}) == 0.0); // p = 0: undefined
    CHECK(FindingStatistics::trendZ({0}, {10}, {100}) == 0.0);           // one point: no trend
}

TEST_CASE("trendZ on proportions that do not change rarely passes the bar", "[engines][findings]")
{
    // 400 series of 12 periods, 300 answers each, 70% satisfied throughout. At the bar of
    // z = 3.29 (ten tests) about 0.4 series would pass by chance.
    std::mt19937_64 random(20261124);
    const double bar = FindingStatistics::criticalZ(10);
    int passed = 0;
    for (int series = 0; series < 400; ++series) {
        std::vector<double> t;
        std::vector<qint64> x;
        std::vector<qint64> n;
        for (int i = 0; i < 12; ++i) {
            qint64 yes = 0;
            for (int k = 0; k < 300; ++k)
                yes += (static_cast<double>(random() >> 11) * (1.0 / 9007199254740992.0)) < 0.7 ? 1 : 0;
            t.push_back(i);
            x.push_back(yes);
            n.push_back(300);
        }
        passed += std::abs(FindingStatistics::trendZ(t, x, n)) >= bar ? 1 : 0;
    }
    CHECK(passed <= 2);
}

TEST_CASE("on the demo data the slow smb drift of satisfaction up and churn up is found as an opposing trend",
          "[findings][demo]")
{
    // Story (c) of the demo: smb satisfaction climbs for three years while its churn hazard
    // rises from about 1% to 3.8% a month. Quarter to quarter the changes are within chance;
    // over twelve quarters both trends are clear at 10,000 customers.
    auto db = test::memoryDatabase();
    core::FixedClock clock{test::utc("2026-11-01T00:00:00Z")};
    core::DemoOptions options;
    options.customers = 10000;
    options.seed = 42;
    options.until = QDate(2026, 10, 31);
    REQUIRE_OK(core::DemoGenerator(clock).generate(*db, options));
    core::MetricsEngine metrics(*db, clock);
    auto found = FindingsEngine(*db, metrics).find(core::Period::quarter(2026, 3));
    REQUIRE_OK(found);
    std::vector<const Finding*> trends;
    for (const Finding& f : *found) {
        if (f.kind == FindingKind::OpposingTrend)
            trends.push_back(&f);
        // The period-to-period test does not see it (that is why the trend test exists).
        CHECK_FALSE((f.kind == FindingKind::OpposingMetrics &&
                     f.scope == core::Scope::segment(QStringLiteral("smb"))));
    }
    // Story (d) adds the customers who leave over the slipping terminal in the last months,
    // mostly but not only in smb: the whole book may show the drift too. No other scope does.
    const Finding* smbTrend = nullptr;
    for (const Finding* f : trends) {
        INFO(f->scope.describe().toStdString() << ": " << f->title.toStdString());
        if (f->scope == core::Scope::segment(QStringLiteral("smb")))
            smbTrend = f;
        else
            CHECK(f->scope == core::Scope::all());
    }
    REQUIRE(smbTrend);
    const Finding& smb = *smbTrend;
    CHECK(smb.scope == core::Scope::segment(QStringLiteral("smb")));
    CHECK(smb.title.startsWith(QStringLiteral("Happier but leaving")));
    CHECK(smb.statistic >= FindingStatistics::criticalZ(10));
    REQUIRE(smb.numbers.size() == 8);
    CHECK(smb.numbers[4].value >= FindingsEngine::kMinTrendCsatPoints);  // fitted CSAT change, up
    CHECK(smb.numbers[5].value >= FindingsEngine::kMinTrendChurnPoints); // fitted churn change, up
    CHECK(smb.numbers[6].value > 0);
    CHECK(smb.numbers[7].value > 0);
    REQUIRE(smb.records.size() == 1);
    CHECK(smb.records[0].table == QStringLiteral("customers"));
    CHECK(smb.records[0].total > 0);
}
