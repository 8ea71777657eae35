// A step is told from a drift (issue 21): a step is said with its month and what else
// changed then; a drift keeps "period after period".
#include "TestSupport.h"
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/StepTest.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <QLocale>
#include <cmath>

using namespace rapport;
using core::Finding;
using core::FindingKind;
using core::findings::StepTest;
using test::utc;

namespace {

// 36 months, 2023-10 to 2026-09, of one rep's book without segments: 1,000 customers who
// stay and answer 100 CSAT surveys a month between them, 2,300 who may leave. A step: from
// October 2025 CSAT is 90 of 100 instead of 70 and 2% of the customers at the start of a
// month leave instead of 1%, 'delivery' complaints go from 10 to 30 a month and rep r2
// takes on 20 new customers a month. A drift:
// CSAT 70 + 20 m/35 and churn 1% + 1% m/35 in month m, 'delivery' 10 a month throughout.
struct ShapeWorld
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    std::vector<qint64> ids;

    explicit ShapeWorld(bool step)
    {
        core::RepRepository reps(*db);
        REQUIRE_OK(reps.insert({QStringLiteral("r1"), QStringLiteral("Rep 1"), core::RepRole::Rep}));
        REQUIRE_OK(reps.insert({QStringLiteral("r2"), QStringLiteral("Rep 2"), core::RepRole::Rep}));
        core::WriteTransaction tx(*db);
        REQUIRE_OK(tx.begun());
        // Who leaves when: decided first, so that each customer is written once.
        std::vector<QDateTime> churnedAt(3300);
        int next = 1000;
        qint64 starters = 3300;
        for (int m = 0; m < 36; ++m) {
            const double rate = step ? (m < 24 ? 0.01 : 0.02) : 0.01 + 0.01 * m / 35.0;
            const auto leaving = std::llround(static_cast<double>(starters) * rate);
            for (qint64 k = 0; k < leaving; ++k)
                churnedAt[static_cast<std::size_t>(next++)] = month(m).addDays(14);
            starters -= leaving;
        }
        for (int i = 0; i < 3300; ++i) {
            core::Customer c;
            c.externalId = QStringLiteral("C-%1").arg(i);
            c.name = c.externalId;
            c.owner = QStringLiteral("r1");
            c.acquiredAt = utc("2023-01-01T00:00:00Z");
            c.churnedAt = churnedAt[static_cast<std::size_t>(i)];
            REQUIRE_OK(core::CustomerRepository(*db).insert(c));
            ids.push_back(c.id);
        }
        // With the step, a second rep takes on 20 new customers a month from October 2025 on.
        for (int k = 0; step && k < 60; ++k) {
            core::Customer c;
            c.externalId = QStringLiteral("N-%1").arg(k);
            c.name = c.externalId;
            c.owner = QStringLiteral("r2");
            c.acquiredAt = month(24 + k / 20).addDays(3);
            REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        }
        for (int m = 0; m < 36; ++m) {
            const int satisfied =
                step ? (m < 24 ? 70 : 90) : 70 + static_cast<int>(std::lround(20.0 * m / 35.0));
            for (int j = 0; j < 100; ++j) {
                core::SurveyResponse s;
                s.customerId = ids[static_cast<std::size_t>((m * 100 + j) % 1000)];
                s.survey = core::SurveyKind::Csat;
                s.score = j < satisfied ? 5 : 2;
                s.respondedAt = month(m).addDays(5);
                REQUIRE_OK(core::SurveyRepository(*db).insert(s));
            }
            const int delivery = step && m >= 24 ? 30 : 10;
            for (int j = 0; j < delivery + 10; ++j) {
                core::Interaction i;
                i.customerId = ids[static_cast<std::size_t>((m * 40 + j) % 1000)];
                i.repId = QStringLiteral("r1");
                i.kind = core::InteractionKind::Complaint;
                i.category = j < delivery ? QStringLiteral("delivery") : QStringLiteral("billing");
                i.occurredAt = month(m).addDays(9);
                REQUIRE_OK(core::InteractionRepository(*db).insert(i));
            }
        }
        REQUIRE_OK(tx.commit());
    }

    static QDateTime month(int m) { return utc("2023-10-01T00:00:00Z").addMonths(m); }

    std::vector<Finding> findings()
    {
        core::FixedClock clock{utc("2026-11-01T00:00:00Z")};
        core::MetricsEngine metrics(*db, clock);
        auto found = core::FindingsEngine(*db, metrics).find(core::Period::quarter(2026, 3));
        REQUIRE_OK(found);
        return *found;
    }
};

QString describe(const std::vector<Finding>& found)
{
    QString text;
    for (const Finding& f : found)
        text += QStringLiteral("[%1] %2\n%3\n").arg(core::toString(f.kind), f.title, f.explanation);
    return text;
}

} // namespace

TEST_CASE("StepTest finds a step beside a linear trend", "[findings]")
{
    // 30 of 100 for four times, then 60 of 100: p = 0.45, weights 100 / 0.2475. At k = 4 the
    // fit is exact (level 0.3, slope 0, step 0.3) and the step's z is 4.16125; k = 3 and 5
    // give 0.58849.
    const auto fit = StepTest::fit({0, 1, 2, 3, 4, 5, 6, 7}, {30, 30, 30, 30, 60, 60, 60, 60},
                                   {100, 100, 100, 100, 100, 100, 100, 100}, 3.0);
    CHECK(StepTest::candidates(8) == 3);
    CHECK(fit.at == 4);
    CHECK(fit.stepZ == Approx(4.16125).epsilon(1e-5));
    CHECK(fit.slopeZ == Approx(0.0).margin(1e-9));
    CHECK(fit.before == Approx(0.3));
    CHECK(fit.after == Approx(0.6));
    CHECK(fit.step);
    // A straight line has no step.
    const auto line = StepTest::fit({0, 1, 2, 3, 4, 5, 6, 7}, {30, 34, 38, 42, 46, 50, 54, 58},
                                    {100, 100, 100, 100, 100, 100, 100, 100}, 3.0);
    CHECK(std::abs(line.stepZ) < 1e-6);
    CHECK_FALSE(line.step);
}

TEST_CASE("a step is described with its month and the complaint category that rose then", "[findings]")
{
    QLocale::setDefault(QLocale::c());
    ShapeWorld world(true);
    const auto found = world.findings();
    INFO(describe(found).toStdString());
    REQUIRE(found.size() == 1);
    const Finding& f = found.front();
    CHECK(f.kind == FindingKind::OpposingTrend);
    CHECK(f.title == QStringLiteral("Happier but leaving since October 2025, in all customers"));
    CHECK(f.explanation.contains(
        QStringLiteral("CSAT went from 70.0% in the months before October 2025 to 90.0% from then on")));
    CHECK(f.explanation.contains(QStringLiteral("In the same month 'delivery' complaints rose: 90 in the 3 "
                                                "months from October 2025 on against 30 in the 3 months "
                                                "before.")));
    CHECK(f.explanation.contains(QStringLiteral("Rep 2 took on 60 new customers in the 3 months from October "
                                                "2025 on, against 0 in the 3 months before.")));
    CHECK_FALSE(f.explanation.contains(QStringLiteral("the drift is steady")));
}

TEST_CASE("a drift is described as a drift", "[findings]")
{
    QLocale::setDefault(QLocale::c());
    ShapeWorld world(false);
    const auto found = world.findings();
    INFO(describe(found).toStdString());
    REQUIRE(found.size() == 1);
    const Finding& f = found.front();
    CHECK(f.kind == FindingKind::OpposingTrend);
    CHECK(f.title == QStringLiteral("Happier but leaving, period after period, in all customers"));
    CHECK(f.explanation.contains(QStringLiteral("the drift is steady")));
    CHECK_FALSE(f.explanation.contains(QStringLiteral("since")));
}
