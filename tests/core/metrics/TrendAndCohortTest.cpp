#include "MetricsFixture.h"

using namespace rapport;
using Catch::Detail::Approx;
using core::Period;
using core::Scope;

TEST_CASE("the cohort table starts at 100 and counts customers buying again in later months",
          "[engines][metrics][cohorts]")
{
    test::MetricsFixture f;
    const qint64 u1 = f.customer("2025-10-01T00:00:00Z", nullptr, "r1");
    const qint64 u2 = f.customer("2025-10-01T00:00:00Z", nullptr, "r1");
    const qint64 u3 = f.customer("2025-10-01T00:00:00Z", nullptr, "r2");
    const qint64 u4 = f.customer("2025-10-01T00:00:00Z", nullptr, "r2");
    const qint64 u5 = f.customer("2025-10-01T00:00:00Z", nullptr, "r2");
    f.purchase(u1, "2026-01-05T00:00:00Z", 100); // u1: cohort Jan, buys in Jan and Mar
    f.purchase(u1, "2026-01-20T00:00:00Z", 100);
    f.purchase(u1, "2026-03-02T00:00:00Z", 100);
    f.purchase(u2, "2026-01-31T23:59:59Z", 100); // u2: cohort Jan, buys again the next second (Feb)
    f.purchase(u2, "2026-02-01T00:00:00Z", 100);
    f.purchase(u3, "2025-12-15T00:00:00Z", -500); // a refund is not a first purchase
    f.purchase(u3, "2026-02-10T00:00:00Z", 100);  // u3: cohort Feb
    f.purchase(u4, "2025-11-03T00:00:00Z", 100);  // u4: cohort Nov 2025, outside the table
    f.purchase(u4, "2026-01-10T00:00:00Z", 100);
    f.purchase(u5, "2026-03-15T00:00:00Z", 100); // u5: cohort Mar, buys again in Apr (last data)
    f.purchase(u5, "2026-04-02T00:00:00Z", 100);

    auto table = f.engine.cohorts(Period::month(2026, 1), Period::month(2026, 3));
    REQUIRE_OK(table);
    REQUIRE(table->lastDataMonth);
    CHECK(*table->lastDataMonth == Period::month(2026, 4));
    REQUIRE(table->rows.size() == 3);

    // Jan: {u1, u2}, offsets Jan..Apr: 100, Feb {u2} 50, Mar {u1} 50, Apr {} 0.
    const auto& jan = table->rows[0];
    CHECK(jan.month == Period::month(2026, 1));
    CHECK(jan.size == 2);
    REQUIRE(jan.retention.size() == 4);
    CHECK(*jan.retention[0] == 100.0);
    CHECK(*jan.retention[1] == Approx(50.0));
    CHECK(*jan.retention[2] == Approx(50.0));
    CHECK(*jan.retention[3] == 0.0);
    // Feb: {u3}: 100, 0, 0.
    const auto& feb = table->rows[1];
    CHECK(feb.size == 1);
    REQUIRE(feb.retention.size() == 3);
    CHECK(*feb.retention[0] == 100.0);
    CHECK(*feb.retention[1] == 0.0);
    CHECK(*feb.retention[2] == 0.0);
    // Mar: {u5}: 100, 100.
    const auto& mar = table->rows[2];
    CHECK(mar.size == 1);
    REQUIRE(mar.retention.size() == 2);
    CHECK(*mar.retention[1] == Approx(100.0));

    // Scope r2 (u3, u4, u5): Jan is empty, so its cells are empty rather than 100 or 0.
    auto r2 =
        f.engine.cohorts(Period::month(2026, 1), Period::month(2026, 3), Scope::rep(QStringLiteral("r2")));
    REQUIRE_OK(r2);
    CHECK(r2->rows[0].size == 0);
    REQUIRE_FALSE(r2->rows[0].retention.empty());
    CHECK_FALSE(r2->rows[0].retention[0].has_value());
    CHECK(r2->rows[1].size == 1);
    CHECK(r2->rows[2].size == 1);
}

TEST_CASE("a trend has one point per month or quarter, empty where the metric is empty",
          "[engines][metrics][trend]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    f.purchase(c, "2026-08-30T00:00:00Z", 2000);
    f.purchase(c, "2026-09-01T00:00:00Z", 10050);
    f.purchase(c, "2026-10-01T00:00:00Z", 99999);
    f.survey(c, core::SurveyKind::Csat, 5, "2026-09-10T00:00:00Z");
    f.survey(c, core::SurveyKind::Csat, 2, "2026-09-11T00:00:00Z");

    auto revenue = f.engine.trend(QStringLiteral("revenue"), Period::month(2026, 8), Period::month(2026, 10),
                                  Period::Step::Month);
    REQUIRE_OK(revenue);
    REQUIRE(revenue->points.size() == 3);
    CHECK(revenue->points[0].period.label() == QStringLiteral("2026-08"));
    CHECK(*revenue->points[0].value == Approx(20.00));
    CHECK(*revenue->points[1].value == Approx(100.50));
    CHECK(*revenue->points[2].value == Approx(999.99));

    auto csat = f.engine.trend(QStringLiteral("csat"), Period::month(2026, 8), Period::month(2026, 10),
                               Period::Step::Month);
    REQUIRE_OK(csat);
    CHECK_FALSE(csat->points[0].value.has_value());
    CHECK(*csat->points[1].value == Approx(50.0)); // 5 and 2 -> one of two
    CHECK_FALSE(csat->points[2].value.has_value());

    // By quarter over the year: Q3 = 20.00 + 100.50, Q4 = 999.99.
    auto quarters = f.engine.trend(QStringLiteral("revenue"), Period::year(2026), Period::year(2026),
                                   Period::Step::Quarter);
    REQUIRE_OK(quarters);
    REQUIRE(quarters->points.size() == 4);
    CHECK(*quarters->points[0].value == 0.0);
    CHECK(*quarters->points[2].value == Approx(120.50));
    CHECK(quarters->points[3].period.label() == QStringLiteral("2026-Q4"));

    auto bad = f.engine.trend(QStringLiteral("responses"), Period::year(2026), Period::year(2026),
                              Period::Step::Month);
    CHECK_FALSE(bad.ok());
}

TEST_CASE("a comparison gives the previous period's figures and the change", "[engines][metrics][compare]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    f.purchase(c, "2026-08-30T00:00:00Z", 2000);
    f.purchase(c, "2026-09-01T00:00:00Z", 10050);
    auto cmp = f.engine.compare(Period::month(2026, 9));
    REQUIRE_OK(cmp);
    CHECK(cmp->previous.period == Period::month(2026, 8));
    CHECK(*cmp->change(QStringLiteral("revenue")) == Approx(80.50));        // 100.50 - 20.00
    CHECK(*cmp->changePercent(QStringLiteral("revenue")) == Approx(402.5)); // 80.50 / 20.00
    CHECK_FALSE(cmp->change(QStringLiteral("csat")).has_value());           // empty on both sides
    CHECK(*cmp->change(QStringLiteral("customers_active")) == 0.0);
}

TEST_CASE("every key of the contract is known and readable", "[engines][metrics]")
{
    CHECK(core::MetricsEngine::keys().size() == 22);
    for (const QString& key : core::MetricsEngine::keys()) {
        INFO(key.toStdString());
        CHECK(core::MetricsEngine::partsFor(key) != 0);
        if (core::MetricsEngine::isScalarKey(key)) {
            core::MetricsResult r;
            r.customersActive = 1;
            (void)r.value(key);
        }
    }
    CHECK_FALSE(core::MetricsEngine::isKey(QStringLiteral("csat ")));
    CHECK(core::MetricsEngine::partsFor(QStringLiteral("bogus")) == 0);
    CHECK(core::MetricsEngine::isAdditiveKey(QStringLiteral("revenue")));
    CHECK_FALSE(core::MetricsEngine::isAdditiveKey(QStringLiteral("csat")));
}

TEST_CASE("figures computed for consecutive periods in one pass equal each period computed alone",
          "[engines][metrics][trend]")
{
    test::MetricsFixture f;
    // Customers acquired and churned on month boundaries and inside months, with purchases,
    // refunds, surveys and complaints spread over the months.
    const qint64 a = f.customer("2026-01-01T00:00:00Z");
    const qint64 b = f.customer("2026-02-15T00:00:00Z", "2026-04-01T00:00:00Z", "r2", "enterprise");
    const qint64 c = f.customer("2025-06-01T00:00:00Z", "2026-02-28T23:59:59Z");
    const qint64 d = f.customer("2026-03-31T23:59:59Z", nullptr, "r2", "enterprise");
    f.purchase(a, "2026-01-31T23:59:59Z", 1999);
    f.purchase(a, "2026-02-01T00:00:00Z", 1);
    f.purchase(b, "2026-03-03T00:00:00Z", 50000);
    f.purchase(b, "2026-03-04T00:00:00Z", -50000);
    f.purchase(c, "2026-02-10T00:00:00Z", 700);
    f.purchase(d, "2026-04-30T23:59:59Z", 123);
    f.survey(a, core::SurveyKind::Nps, 10, "2026-01-01T00:00:00Z");
    f.survey(b, core::SurveyKind::Nps, 0, "2026-03-01T00:00:00Z");
    f.survey(c, core::SurveyKind::Csat, 4, "2026-02-28T23:59:59Z");
    f.survey(d, core::SurveyKind::Ces, 2, "2026-04-01T00:00:00Z");
    f.interaction(b, core::InteractionKind::Complaint, "2026-03-05T00:00:00Z", std::nullopt, "billing",
                  "2026-03-05T06:00:00Z");

    const auto months = Period::steps(Period::month(2025, 12), Period::month(2026, 5), Period::Step::Month);
    auto series = f.engine.computeSeries(months);
    REQUIRE_OK(series);
    REQUIRE(series->size() == months.size());
    // Two periods apart (not consecutive) take the per-period path.
    auto apart = f.engine.computeSeries({Period::month(2026, 1), Period::month(2026, 3)});
    REQUIRE_OK(apart);
    for (std::size_t i = 0; i < months.size(); ++i) {
        const auto alone = f.compute(months[i].label().toLatin1().constData());
        for (const QString& key : core::MetricsEngine::keys()) {
            if (!core::MetricsEngine::isScalarKey(key))
                continue;
            INFO(months[i].label().toStdString() << " " << key.toStdString());
            CHECK((*series)[i].value(key) == alone.value(key));
            if (months[i] == Period::month(2026, 1))
                CHECK((*apart)[0].value(key) == alone.value(key));
            if (months[i] == Period::month(2026, 3))
                CHECK((*apart)[1].value(key) == alone.value(key));
        }
        CHECK((*series)[i].responses == alone.responses);
    }
    // Spot checks worked out by hand. February: S = {a, c} (b arrives mid-month), c churns on
    // its last second, b is new: E = {a, b} -> retention 100 * (2 - 1) / 2 = 50.
    CHECK(*(*series)[2].retentionRate == Approx(50.0));
    // Revenue: January 19.99; February 0.01 + 7.00; March 500.00 - 500.00 = 0.
    CHECK((*series)[1].revenueCents == 1999);
    CHECK((*series)[2].revenueCents == 701);
    CHECK((*series)[3].revenueCents == 0);

    // Several trends at once give the same points as one at a time.
    auto both = f.engine.trends({QStringLiteral("revenue"), QStringLiteral("nps")}, Period::month(2026, 1),
                                Period::month(2026, 4), Period::Step::Month);
    REQUIRE_OK(both);
    REQUIRE(both->size() == 2);
    auto nps = f.engine.trend(QStringLiteral("nps"), Period::month(2026, 1), Period::month(2026, 4),
                              Period::Step::Month);
    REQUIRE_OK(nps);
    for (std::size_t i = 0; i < 4; ++i)
        CHECK((*both)[1].points[i].value == nps->points[i].value);
    CHECK(*(*both)[1].points[0].value == 100.0);  // one promoter
    CHECK(*(*both)[1].points[2].value == -100.0); // one detractor
}

TEST_CASE("a trend of more than 1200 points is refused rather than computed", "[engines][metrics][trend]")
{
    test::MetricsFixture f;
    // 1900-01 .. 2000-12 by month = 1212 points.
    auto tooLong = f.engine.trend(QStringLiteral("revenue"), Period::year(1900), Period::year(2000),
                                  Period::Step::Month);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("1212 points")));
    // The same range by quarter is 404 points: fine.
    auto quarters = f.engine.trend(QStringLiteral("revenue"), Period::year(1900), Period::year(2000),
                                   Period::Step::Quarter);
    REQUIRE_OK(quarters);
    CHECK(quarters->points.size() == 404);
}
