#include "reflection/FindingsEngine.h"

#include "FindingsFixture.h"
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "reflection/findings/FindingStatistics.h"

using namespace rapport;
using core::Finding;
using core::FindingKind;
using core::FindingsEngine;
using core::FindingSeverity;
using core::FindingStatistics;
using test::FindingsWorld;

namespace {

std::vector<Finding> findingsOf(FindingsWorld& world, const core::Scope& scope = core::Scope::all())
{
    core::FixedClock clock{test::utc("2026-11-01T00:00:00Z")};
    core::MetricsEngine metrics(*world.db, clock);
    FindingsEngine engine(*world.db, metrics);
    auto found = engine.find(core::Period::quarter(2026, 3), scope);
    REQUIRE_OK(found);
    return *found;
}

QString describe(const std::vector<Finding>& findings)
{
    QString text;
    for (const Finding& f : findings)
        text += QStringLiteral("[%1 %2 %3 z=%4] %5\n")
                    .arg(core::toString(f.kind), core::toString(f.severity), f.subject)
                    .arg(f.statistic, 0, 'f', 2)
                    .arg(f.title);
    return text;
}

const Finding* findOne(const std::vector<Finding>& findings, FindingKind kind, const QString& subject)
{
    for (const Finding& f : findings)
        if (f.kind == kind && f.subject == subject)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("twoProportionZ matches a hand computation", "[engines][findings]")
{
    // p1 = 0.3, p2 = 0.5, pooled 0.4: z = -0.2 / sqrt(0.4 * 0.6 * (1/100 + 1/100)) = -2.88675
    CHECK(FindingStatistics::twoProportionZ(30, 100, 50, 100) == Approx(-2.88675).epsilon(1e-5));
    CHECK(FindingStatistics::twoProportionZ(1, 0, 1, 10) == 0);
    CHECK(FindingStatistics::twoProportionZ(10, 10, 10, 10) == 0); // no variance, no evidence
}

TEST_CASE("poissonRateZ compares two rates given their exposures", "[engines][findings]")
{
    // 30 vs 10 events over equal exposure: 40 events, p0 = 0.5, expected 20, sd sqrt(10)
    CHECK(FindingStatistics::poissonRateZ(30, 100, 10, 100) == Approx(3.16228).epsilon(1e-5));
    // The same counts over twice the exposure now are no change at all.
    CHECK(FindingStatistics::poissonRateZ(20, 200, 10, 100) == Approx(0.0).margin(1e-12));
    CHECK(FindingStatistics::poissonRateZ(0, 100, 0, 100) == 0);
}

TEST_CASE("npsChangeZ tests the change of the mean of promoter +1 and detractor -1", "[engines][findings]")
{
    // Now 50 promoters, 10 detractors of 100 (NPS 40, variance (0.6 - 0.16) / 100 = 0.0044);
    // before 30 and 30 of 100 (NPS 0, variance 0.6 / 100 = 0.006): z = 0.4 / sqrt(0.0104) = 3.92232
    CHECK(FindingStatistics::npsChangeZ(50, 10, 100, 30, 30, 100) == Approx(3.92232).epsilon(1e-5));
}

TEST_CASE("criticalZ is the Bonferroni two-sided bar with a floor", "[engines][findings]")
{
    CHECK(FindingStatistics::criticalZ(1, 0.01, 0) == Approx(2.5758).epsilon(1e-4));
    CHECK(FindingStatistics::criticalZ(10, 0.01, 0) == Approx(3.2905).epsilon(1e-4));
    CHECK(FindingStatistics::criticalZ(1, 0.01, 3.0) == 3.0);
}

TEST_CASE("findings on stationary data are empty for every seed and scope", "[engines][findings]")
{
    for (quint64 seed : {1u, 2u, 3u, 4u, 5u}) {
        FindingsWorld world({.seed = seed});
        const auto all = findingsOf(world);
        INFO("seed " << seed << "\n" << describe(all).toStdString());
        CHECK(all.empty());
        const auto rep = findingsOf(world, core::Scope::rep(QStringLiteral("r2")));
        INFO(describe(rep).toStdString());
        CHECK(rep.empty());
        const auto segment = findingsOf(world, core::Scope::segment(QStringLiteral("beta")));
        INFO(describe(segment).toStdString());
        CHECK(segment.empty());
    }
}

TEST_CASE("planted delivery complaints and a low-CSAT rep are found and nothing else", "[engines][findings]")
{
    FindingsWorld world({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
    const auto found = findingsOf(world);
    INFO(describe(found).toStdString());

    const Finding* delivery =
        findOne(found, FindingKind::ComplaintCategoryChange, QStringLiteral("delivery"));
    REQUIRE(delivery);
    CHECK(delivery->statistic > 0);
    CHECK(delivery->severity >= FindingSeverity::Warning);
    REQUIRE(delivery->records.size() == 1);
    CHECK(delivery->records[0].table == QStringLiteral("interactions"));
    CHECK(delivery->records[0].total == static_cast<qint64>(delivery->numbers[0].value));
    CHECK(delivery->records[0].total == static_cast<qint64>(delivery->records[0].ids.size()));

    const Finding* rep = findOne(found, FindingKind::GroupOutlier, QStringLiteral("csat:r2"));
    REQUIRE(rep);
    CHECK(rep->statistic < 0);
    CHECK(rep->severity == FindingSeverity::Critical);
    CHECK(rep->title.contains(QStringLiteral("Rep r2")));
    REQUIRE(rep->records.size() == 1);
    CHECK(rep->records[0].table == QStringLiteral("survey_responses"));
    CHECK(rep->records[0].total > 0);

    // The delivery notes come back as a rising theme; no other kind of finding appears.
    int themes = 0;
    for (const Finding& f : found) {
        if (f.kind == FindingKind::CommentTheme) {
            ++themes;
            const bool deliveryWords =
                f.subject.contains(QStringLiteral("parcel")) ||
                f.subject.contains(QStringLiteral("arrived")) || f.subject.contains(QStringLiteral("late")) ||
                f.subject.contains(QStringLiteral("courier")) || f.subject.contains(QStringLiteral("lost"));
            CHECK(deliveryWords);
        }
    }
    CHECK(themes >= 1);
    CHECK(found.size() == 2 + static_cast<std::size_t>(themes));
}

TEST_CASE("a rep with five unhappy answers is never flagged", "[engines][findings]")
{
    FindingsWorld world({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
    for (const Finding& f : findingsOf(world))
        CHECK_FALSE(f.subject.contains(QStringLiteral("tiny")));
    CHECK(findingsOf(world, core::Scope::rep(QStringLiteral("tiny"))).size() <= 3); // only scope-wide kinds
    for (const Finding& f : findingsOf(world, core::Scope::rep(QStringLiteral("tiny"))))
        CHECK(f.kind != FindingKind::GroupOutlier);
}

TEST_CASE("a segment more satisfied but churning more is an opposing-metrics finding with its evidence",
          "[findings]")
{
    FindingsWorld world({.seed = 11, .happierButLeaving = true});
    const auto found = findingsOf(world);
    INFO(describe(found).toStdString());
    const Finding* gamma = nullptr;
    for (const Finding& f : found)
        if (f.kind == FindingKind::OpposingMetrics &&
            f.scope == core::Scope::segment(QStringLiteral("gamma")))
            gamma = &f;
    REQUIRE(gamma);
    CHECK(gamma->subject.startsWith(QStringLiteral("csat/")));
    CHECK(gamma->subject.contains(QStringLiteral("churn_rate")));
    CHECK(gamma->severity >= FindingSeverity::Warning);
    REQUIRE(gamma->records.size() == 1);
    CHECK(gamma->records[0].table == QStringLiteral("customers"));
    CHECK(gamma->records[0].total > 20);
}
