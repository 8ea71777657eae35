#include "MetricsFixture.h"
#include "storage/SettingsRepository.h"

using namespace rapport;
using Catch::Detail::Approx;
using core::Scope;
using core::SurveyKind;

TEST_CASE(
    "survey metrics count responses from the first instant of the period up to but not including its end",
    "[engines][metrics][surveys]")
{
    test::MetricsFixture f;
    const qint64 c1 = f.customer("2026-01-01T00:00:00Z", nullptr, "r1", "smb");
    const qint64 c2 = f.customer("2026-01-01T00:00:00Z", nullptr, "r2", "enterprise");

    // CSAT in 2026-Q3: 5 (exactly at the start), 4, 2 from c1 and 3 from c2.
    f.survey(c1, SurveyKind::Csat, 5, "2026-07-01T00:00:00Z");
    f.survey(c1, SurveyKind::Csat, 4, "2026-08-01T12:00:00Z");
    f.survey(c1, SurveyKind::Csat, 2, "2026-09-01T12:00:00Z");
    f.survey(c2, SurveyKind::Csat, 3, "2026-09-30T23:59:59Z");
    f.survey(c2, SurveyKind::Csat, 1, "2026-10-01T00:00:00Z"); // the end: outside
    f.survey(c2, SurveyKind::Csat, 5, "2026-06-30T23:59:59Z"); // before the start
    // NPS: c1 10, 9, 7; c2 9, 3.
    f.survey(c1, SurveyKind::Nps, 10, "2026-07-02T00:00:00Z");
    f.survey(c1, SurveyKind::Nps, 9, "2026-07-03T00:00:00Z");
    f.survey(c1, SurveyKind::Nps, 7, "2026-07-04T00:00:00Z");
    f.survey(c2, SurveyKind::Nps, 9, "2026-07-05T00:00:00Z");
    f.survey(c2, SurveyKind::Nps, 3, "2026-07-06T00:00:00Z");
    // CES: c1 6; c2 3, and 7 given at 01:30+02:00 on Oct 1st, which is 23:30 UTC on Sep 30th: inside.
    f.survey(c1, SurveyKind::Ces, 6, "2026-08-10T00:00:00Z");
    f.survey(c2, SurveyKind::Ces, 3, "2026-08-11T00:00:00Z");
    f.survey(c2, SurveyKind::Ces, 7, "2026-10-01T01:30:00+02:00");

    const auto all = f.compute("2026-Q3");
    // csat: scores 5, 4, 2, 3 -> 2 of 4 are >= 4 -> 50; mean (5 + 4 + 2 + 3) / 4 = 3.5.
    REQUIRE(all.csat);
    CHECK(*all.csat == Approx(50.0));
    CHECK(*all.csatMean == Approx(3.5));
    // nps: 10, 9, 7, 9, 3 -> promoters 3, detractors 1 -> 100 * 2 / 5 = 40.
    CHECK(*all.nps == Approx(40.0));
    // ces: (6 + 3 + 7) / 3 = 5.333...
    CHECK(*all.ces == Approx(16.0 / 3.0));
    CHECK(all.responses.at(QStringLiteral("csat")) == 4);
    CHECK(all.responses.at(QStringLiteral("nps")) == 5);
    CHECK(all.responses.at(QStringLiteral("ces")) == 3);

    // Rep r1 owns c1: nps 10, 9, 7 -> 100 * (2 - 0) / 3 = 66.67; csat 5, 4, 2 -> 66.67.
    const auto r1 = f.compute("2026-Q3", Scope::rep(QStringLiteral("r1")));
    CHECK(*r1.nps == Approx(200.0 / 3.0));
    CHECK(*r1.csat == Approx(200.0 / 3.0));
    CHECK(r1.responses.at(QStringLiteral("ces")) == 1);
    // Segment enterprise is c2: nps 9, 3 -> (1 - 1) / 2 = 0 (zero, not empty); csat 3 -> 0.
    const auto ent = f.compute("2026-Q3", Scope::segment(QStringLiteral("enterprise")));
    REQUIRE(ent.nps);
    CHECK(*ent.nps == 0.0);
    CHECK(*ent.csat == 0.0);
    CHECK(*ent.ces == Approx(5.0));
}

TEST_CASE("survey metrics of a period without responses are empty, and the counts zero",
          "[engines][metrics][surveys]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    f.survey(c, SurveyKind::Csat, 5, "2026-07-01T00:00:00Z");
    const auto r = f.compute("2026-Q1");
    CHECK_FALSE(r.csat.has_value());
    CHECK_FALSE(r.csatMean.has_value());
    CHECK_FALSE(r.nps.has_value());
    CHECK_FALSE(r.ces.has_value());
    CHECK(r.responses.at(QStringLiteral("csat")) == 0);
    CHECK(r.responses.at(QStringLiteral("nps")) == 0);
    CHECK(r.responses.at(QStringLiteral("ces")) == 0);
    // An unknown rep is an empty scope, not an error.
    const auto nobody = f.compute("2026-Q3", Scope::rep(QStringLiteral("nobody")));
    CHECK_FALSE(nobody.csat.has_value());
}

TEST_CASE("the customer base counts customers acquired and churned exactly at the period's edges",
          "[engines][metrics][base]")
{
    test::MetricsFixture f;
    // Period 2026-Q3 = [Jul 1, Oct 1).
    f.customer("2026-01-10T00:00:00Z", nullptr, "r1");                // a: in S, in E, active
    f.customer("2026-07-01T00:00:00Z", nullptr, "r1");                // b: new at the start: N, E
    f.customer("2026-10-01T00:00:00Z", nullptr, "r2");                // c: acquired at the end: nowhere
    f.customer("2025-05-01T00:00:00Z", "2026-08-15T00:00:00Z", "r1"); // d: S, churned in P (from S)
    f.customer("2026-07-20T00:00:00Z", "2026-09-01T00:00:00Z", "r2"); // e: N and churned in P
    f.customer("2025-01-01T00:00:00Z", "2026-07-01T00:00:00Z", "r2"); // f: churned at the start: S, churned
    f.customer("2025-01-01T00:00:00Z", "2026-06-30T23:59:59Z", "r2"); // g: gone before: nowhere
    f.customer("2025-03-01T00:00:00Z", "2026-10-01T00:00:00Z", "r2"); // h: churned at the end: S and E

    const auto r = f.compute("2026-Q3");
    CHECK(r.customersStart == 4);   // a, d, f, h
    CHECK(r.customersEnd == 3);     // a, b, h
    CHECK(r.customersNew == 2);     // b, e
    CHECK(r.customersChurned == 3); // d, e, f
    CHECK(r.customersActive == 6);  // a, b, d, e, f, h
    // retention = 100 * (E - N) / S = 100 * (3 - 2) / 4 = 25.
    REQUIRE(r.retentionRate);
    CHECK(*r.retentionRate == Approx(25.0));
    // churn = 100 * count(acq < start and churned in P) / S = 100 * |{d, f}| / 4 = 50.
    CHECK(*r.churnRate == Approx(50.0));

    // Rep r1 owns a, b, d: S = {a, d} = 2, E = {a, b} = 2, N = {b} = 1, churned {d}.
    const auto r1 = f.compute("2026-Q3", Scope::rep(QStringLiteral("r1")));
    CHECK(r1.customersStart == 2);
    CHECK(r1.customersEnd == 2);
    CHECK(r1.customersNew == 1);
    CHECK(r1.customersChurned == 1);
    CHECK(r1.customersActive == 3);
    CHECK(*r1.retentionRate == Approx(50.0)); // 100 * (2 - 1) / 2
    CHECK(*r1.churnRate == Approx(50.0));     // 100 * 1 / 2
}

TEST_CASE("retention and churn are empty when no customer was there at the start", "[engines][metrics][base]")
{
    test::MetricsFixture f;
    f.customer("2026-02-01T00:00:00Z");
    f.customer("2026-03-01T00:00:00Z", "2026-03-20T00:00:00Z");
    const auto r = f.compute("2026-Q1");
    CHECK(r.customersStart == 0);
    CHECK(r.customersNew == 2);
    CHECK(r.customersEnd == 1);
    CHECK(r.customersChurned == 1);
    CHECK_FALSE(r.retentionRate.has_value());
    CHECK_FALSE(r.churnRate.has_value());
    // The next quarter starts with one customer who stays: 100 * (1 - 0) / 1.
    const auto q2 = f.compute("2026-Q2");
    CHECK(*q2.retentionRate == Approx(100.0));
    CHECK(*q2.churnRate == 0.0);
}
