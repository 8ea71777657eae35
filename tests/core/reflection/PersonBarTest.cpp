// Findings that name a person need stronger evidence (issue 21): the person bar, or the
// ordinary bar in two consecutive periods. Counts are exact, so every z is computed by hand.
#include "TestSupport.h"
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"

#include <QLocale>

using namespace rapport;
using core::Finding;
using core::FindingKind;
using core::FindingStatistics;
using core::findings::FindingWords;
using test::utc;

namespace {

// Six reps with 200 purchases each in 2026-Q2 and in 2026-Q3, all in one segment; r1..r5
// follow up 140 of them (70%), r6 as many as asked.
struct FollowUpWorld
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();

    FollowUpWorld(int r6InQ2, int r6InQ3)
    {
        core::RepRepository reps(*db);
        for (int r = 1; r <= 6; ++r)
            REQUIRE_OK(reps.insert(
                {QStringLiteral("r%1").arg(r), QStringLiteral("Rep %1").arg(r), core::RepRole::Rep}));
        core::WriteTransaction tx(*db);
        REQUIRE_OK(tx.begun());
        for (int r = 1; r <= 6; ++r) {
            for (int i = 0; i < 200; ++i) {
                core::Customer c;
                c.externalId = QStringLiteral("C-%1-%2").arg(r).arg(i);
                c.name = c.externalId;
                c.owner = QStringLiteral("r%1").arg(r);
                c.segment = QStringLiteral("alpha");
                c.acquiredAt = utc("2025-01-01T00:00:00Z");
                REQUIRE_OK(core::CustomerRepository(*db).insert(c));
                const int followedQ2 = r == 6 ? r6InQ2 : 140;
                const int followedQ3 = r == 6 ? r6InQ3 : 140;
                buy(c, utc("2026-05-10T10:00:00Z"), i < followedQ2);
                buy(c, utc("2026-08-10T10:00:00Z"), i < followedQ3);
            }
        }
        REQUIRE_OK(tx.commit());
    }

    void buy(const core::Customer& c, const QDateTime& when, bool followedUp)
    {
        core::Interaction purchase;
        purchase.customerId = c.id;
        purchase.repId = c.owner;
        purchase.kind = core::InteractionKind::Purchase;
        purchase.occurredAt = when;
        purchase.amountCents = 10000;
        REQUIRE_OK(core::InteractionRepository(*db).insert(purchase));
        if (!followedUp)
            return;
        core::Interaction followUp = purchase;
        followUp.id = 0;
        followUp.kind = core::InteractionKind::FollowUp;
        followUp.amountCents.reset();
        followUp.occurredAt = when.addDays(2);
        REQUIRE_OK(core::InteractionRepository(*db).insert(followUp));
    }

    std::vector<Finding> findings()
    {
        core::FixedClock clock{utc("2026-11-01T00:00:00Z")};
        core::MetricsEngine metrics(*db, clock);
        auto found = core::FindingsEngine(*db, metrics).find(core::Period::quarter(2026, 3));
        REQUIRE_OK(found);
        return *found;
    }
};

const Finding* followUpOf(const std::vector<Finding>& found, const char* rep)
{
    for (const Finding& f : found)
        if (f.kind == FindingKind::GroupOutlier && f.scope == core::Scope::rep(QString::fromLatin1(rep)))
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("the person bar is the Bonferroni bar at a ten times smaller family-wise rate", "[findings]")
{
    // erfc(z / sqrt 2) = 0.001 / 10 gives z = 3.8906; = 0.01 / 7 gives 3.1888, 0.001 / 7 3.8032.
    CHECK(FindingStatistics::criticalZ(10, FindingStatistics::kPersonAlpha, 0) ==
          Approx(3.8906).epsilon(1e-4));
    CHECK(FindingStatistics::criticalZFor(7, false) == Approx(3.1888).epsilon(1e-4));
    CHECK(FindingStatistics::criticalZFor(7, true) == Approx(3.8032).epsilon(1e-4));
}

TEST_CASE("how unusual a z is, in words: less than once in a power of ten", "[findings]")
{
    QLocale::setDefault(QLocale::c());
    // Two-sided P(|Z| >= 3.8906) = 1e-4, so "less than once in 10,000"; 3.29 gives 1.0e-3.
    CHECK(FindingWords::onceIn(3.9) == 10000);
    CHECK(FindingWords::onceIn(-3.9) == 10000);
    CHECK(FindingWords::onceIn(3.2) == 100); // P = 0.00137: not yet below 1 in 1,000
    CHECK(FindingWords::onceIn(2.0) == 10);  // P = 0.0455
    CHECK(FindingWords::onceIn(1.0) == 1);
    CHECK(FindingWords::onceIn(40.0) == 1000000000); // capped
    CHECK(FindingWords::chance(FindingWords::Chance::Gap, -3.9, 3.5) ==
          QStringLiteral("A gap this large would arise by chance less than once in 10000 such "
                         "comparisons (z = -3.9, the bar is 3.50)."));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(FindingWords::count(10000) == QStringLiteral("10.000"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("a rep's gap between the ordinary bar and the person bar in one period only is not a finding",
          "[findings]")
{
    // Q3: r6 115 of 200 (57.5%) against 700 of 1000 (70%): pooled 815/1200, z = -3.457, past
    // the ordinary bar 3.189 (7 tests: six reps and one segment) but not the person bar 3.803.
    // Q2: r6 like the others.
    FollowUpWorld world(140, 115);
    CHECK(FindingStatistics::twoProportionZ(115, 200, 700, 1000) == Approx(-3.457).epsilon(1e-3));
    const auto found = world.findings();
    CHECK(followUpOf(found, "r6") == nullptr);
    CHECK(found.empty());
}

TEST_CASE("the same gap in two consecutive periods names the rep", "[findings]")
{
    QLocale::setDefault(QLocale::c()); // "1000", not the system's "1,000"
    FollowUpWorld world(115, 115);
    const auto found = world.findings();
    const Finding* r6 = followUpOf(found, "r6");
    REQUIRE(r6);
    CHECK(r6->namesPerson());
    CHECK(r6->statistic == Approx(-3.457).epsilon(1e-3));
    CHECK(r6->title == QStringLiteral("Rep 6 follows up less often than the other reps"));
    CHECK(
        r6->explanation.contains(QStringLiteral("it had to show in 2026-Q2 as well, and it did (z = -3.5)")));
    CHECK(r6->explanation.contains(QStringLiteral("less than once in 1000 such comparisons")));
    CHECK(found.size() == 1);
}

TEST_CASE("a gap past the person bar names the rep in one period", "[findings]")
{
    // Q3: r6 105 of 200 (52.5%): pooled 805/1200, z = -4.808 >= 3.803.
    QLocale::setDefault(QLocale::c());
    FollowUpWorld world(140, 105);
    const auto found = world.findings();
    const Finding* r6 = followUpOf(found, "r6");
    REQUIRE(r6);
    CHECK(r6->statistic == Approx(-4.808).epsilon(1e-3));
    CHECK(r6->explanation.contains(QStringLiteral("the bar is 3.80")));
    CHECK(r6->explanation.contains(
        QStringLiteral("Because it names a person, it had to pass this stricter bar.")));
    CHECK(found.size() == 1);
}
