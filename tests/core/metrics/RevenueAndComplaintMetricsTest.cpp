#include "MetricsFixture.h"
#include "storage/SettingsRepository.h"

using namespace rapport;
using Catch::Detail::Approx;
using core::InteractionKind;
using core::Scope;

namespace {

// Customers p, q, r (acquired in January, still customers) and s (churned in May), with
// purchases, refunds and follow-ups around September 2026.
struct RevenueBook
{
    test::MetricsFixture f;
    qint64 p = f.customer("2026-01-01T00:00:00Z", nullptr, "r1", "smb");
    qint64 q = f.customer("2026-01-01T00:00:00Z", nullptr, "r1", "smb");
    qint64 r = f.customer("2026-01-01T00:00:00Z", nullptr, "r2", "enterprise");
    qint64 s = f.customer("2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z", "r2", "enterprise");

    RevenueBook()
    {
        f.purchase(p, "2026-09-01T00:00:00Z", 10000); // 100.00 at the start: counts
        f.purchase(p, "2026-09-20T00:00:00Z", 5025);  // 50.25
        f.purchase(p, "2026-10-01T00:00:00Z", 99999); // at the end: October
        f.purchase(q, "2026-09-10T00:00:00Z", 3010);  // 30.10
        f.purchase(q, "2026-09-12T00:00:00Z", -3010); // refunded two days later
        f.purchase(r, "2026-08-30T00:00:00Z", 2000);  // 20.00 in August
        f.purchase(r, "2026-09-05T00:00:00Z", -2000); // refunded in September
        // Follow-ups: exactly 14 days after p's first purchase (counts); at the very instant of
        // p's second purchase (not after it) and 14 days + 1 second after it (too late).
        f.interaction(p, InteractionKind::FollowUp, "2026-09-15T00:00:00Z");
        f.interaction(p, InteractionKind::FollowUp, "2026-09-20T00:00:00Z");
        f.interaction(p, InteractionKind::FollowUp, "2026-10-04T00:00:01Z");
        f.interaction(q, InteractionKind::FollowUp, "2026-09-13T00:00:00Z"); // 3 days after q's purchase
        f.interaction(r, InteractionKind::FollowUp, "2026-09-06T00:00:00Z"); // after a refund only
        f.interaction(r, InteractionKind::Call, "2026-09-21T00:00:00Z");     // a call is no follow-up
    }
};

} // namespace

TEST_CASE("revenue sums purchases and refunds in cents, and refunds count nowhere else",
          "[engines][metrics][revenue]")
{
    RevenueBook b;
    const auto r = b.f.compute("2026-09");
    // 10000 + 5025 + 3010 - 3010 - 2000 = 13025 cents.
    CHECK(r.revenueCents == 13025);
    CHECK(*r.value(QStringLiteral("revenue")) == Approx(130.25));
    // Active in September: p, q, r (s churned in May) -> 13025 / 3 cents.
    CHECK(r.customersActive == 3);
    CHECK(*r.revenuePerCustomerCents == Approx(13025.0 / 3.0));
    CHECK(*r.value(QStringLiteral("revenue_per_customer")) == Approx(130.25 / 3.0));
    // Paying customers (a purchase >= 0): p and q; r only had a refund -> 13025 / 2.
    CHECK(r.payingCustomers == 2);
    CHECK(*r.revenuePerPayingCustomerCents == Approx(6512.5));
    // p bought twice, q once -> 100 * 1 / 2.
    CHECK(*r.repeatPurchaseRate == Approx(50.0));
    CHECK(r.purchases == 3);

    // Scope: segment enterprise is r and s: only r's refund -> -20.00, no paying customer.
    const auto ent = b.f.compute("2026-09", Scope::segment(QStringLiteral("enterprise")));
    CHECK(ent.revenueCents == -2000);
    CHECK(ent.customersActive == 1);
    CHECK(*ent.revenuePerCustomerCents == Approx(-2000.0));
    CHECK_FALSE(ent.revenuePerPayingCustomerCents.has_value());
    CHECK_FALSE(ent.repeatPurchaseRate.has_value());
}

TEST_CASE("revenue of an empty period is zero while its ratios are empty", "[engines][metrics][revenue]")
{
    RevenueBook b;
    // June: three active customers, no purchase: revenue 0, per customer 0 (not empty).
    const auto june = b.f.compute("2026-06");
    CHECK(june.revenueCents == 0);
    REQUIRE(june.revenuePerCustomerCents);
    CHECK(*june.revenuePerCustomerCents == 0.0);
    CHECK_FALSE(june.revenuePerPayingCustomerCents.has_value());
    CHECK_FALSE(june.repeatPurchaseRate.has_value());
    CHECK_FALSE(june.followUpRate.has_value());
    // 2020: nobody was a customer yet: every ratio is empty.
    const auto old = b.f.compute("2020");
    CHECK(old.revenueCents == 0);
    CHECK(*old.value(QStringLiteral("revenue")) == 0.0);
    CHECK_FALSE(old.revenuePerCustomerCents.has_value());
    CHECK_FALSE(old.value(QStringLiteral("revenue_per_customer")).has_value());
}

TEST_CASE("a follow-up exactly 14 days after a purchase counts and one a second later does not",
          "[engines][metrics][follow-up]")
{
    RevenueBook b;
    auto days = b.f.engine.followUpWindowDays();
    REQUIRE_OK(days);
    CHECK(*days == 14);
    // Purchases >= 0 in September: p 09-01 (followed 09-15, exactly 14 days), p 09-20 (the
    // follow-up at the same instant is not after it; the next is 14 days + 1 s later), and
    // q 09-10 (followed 09-13). Refunds are not in the count. -> 100 * 2 / 3.
    const auto r = b.f.compute("2026-09");
    REQUIRE(r.followUpRate);
    CHECK(*r.followUpRate == Approx(200.0 / 3.0));
    // The window is a setting: with 3 days only q's purchase is followed in time -> 100 * 1 / 3.
    REQUIRE_OK(core::MetricsEngine::setFollowUpWindowDays(*b.f.db, 3));
    CHECK(*b.f.compute("2026-09").followUpRate == Approx(100.0 / 3.0));
    // Scope r1 (p and q) with 3 days: same 1 of 3.
    CHECK(*b.f.compute("2026-09", Scope::rep(QStringLiteral("r1"))).followUpRate == Approx(100.0 / 3.0));
}

TEST_CASE("purchases not followed up yet whose window is still open make the period's rate provisional",
          "[engines][metrics][follow-up]")
{
    RevenueBook b;
    // The fixture's clock (1 November) is past every September window: the rate is final.
    CHECK(b.f.compute("2026-09").followUpsStillOpen == 0);
    // On 25 September, p's purchase of the 20th is unanswered and its window runs to
    // 4 October 00:00; p's first purchase and q's are answered already.
    b.f.clock.set(test::utc("2026-09-25T00:00:00Z"));
    auto r = b.f.compute("2026-09");
    CHECK(r.followUpsStillOpen == 1);
    CHECK(*r.followUpRate == Approx(200.0 / 3.0)); // the rate itself does not depend on the clock
    // At the window's last instant a follow-up could still count; one second later it cannot.
    b.f.clock.set(test::utc("2026-10-04T00:00:00Z"));
    CHECK(b.f.compute("2026-09").followUpsStillOpen == 1);
    b.f.clock.set(test::utc("2026-10-04T00:00:01Z"));
    CHECK(b.f.compute("2026-09").followUpsStillOpen == 0);
    // October's only purchase (1 October) is answered on 4 October: nothing is open.
    b.f.clock.set(test::utc("2026-10-10T00:00:00Z"));
    CHECK(b.f.compute("2026-10").followUpsStillOpen == 0);
}

TEST_CASE("a follow-up window setting that is not a whole number of days is reported",
          "[engines][metrics][follow-up]")
{
    RevenueBook b;
    REQUIRE_OK(core::SettingsRepository(*b.f.db).setValue(QStringLiteral("follow_up_window_days"),
                                                          QStringLiteral("two weeks")));
    auto r = b.f.engine.compute(core::Period::month(2026, 9));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("follow_up_window_days")));
    CHECK_FALSE(core::MetricsEngine::setFollowUpWindowDays(*b.f.db, 0).ok());
}

TEST_CASE("complaints are counted by category with the median resolution time over an even count",
          "[engines][metrics][complaints]")
{
    test::MetricsFixture f;
    const qint64 c1 = f.customer("2026-01-01T00:00:00Z", nullptr, "r1", "smb");
    const qint64 c2 = f.customer("2026-01-01T00:00:00Z", nullptr, "r2", "enterprise");
    const auto complaint = InteractionKind::Complaint;
    f.interaction(c1, complaint, "2026-07-01T00:00:00Z", std::nullopt, "billing",
                  "2026-07-01T10:00:00Z");                                                          // 10 h
    f.interaction(c1, complaint, "2026-08-01T00:00:00Z", std::nullopt, "", "2026-08-01T04:00:00Z"); // 4 h
    f.interaction(c1, complaint, "2026-09-01T00:00:00Z", std::nullopt, "delivery",
                  "2026-09-01T02:00:00Z");                                         // 2 h
    f.interaction(c2, complaint, "2026-08-15T00:00:00Z", std::nullopt, "billing"); // open
    f.interaction(c2, complaint, "2026-09-30T23:59:59Z", std::nullopt, "delivery",
                  "2026-10-02T05:59:59Z");                                         // 30 h
    f.interaction(c2, complaint, "2026-10-01T00:00:00Z", std::nullopt, "billing"); // Q4
    f.interaction(c2, InteractionKind::Support, "2026-08-01T00:00:00Z");           // not a complaint

    const auto r = f.compute("2026-Q3");
    CHECK(r.complaints == 5);
    CHECK(r.openComplaints == 1);
    const std::map<QString, qint64> expected{{QStringLiteral("billing"), 2},
                                             {QStringLiteral("delivery"), 2},
                                             {QStringLiteral("uncategorized"), 1}};
    CHECK(r.complaintsByCategory == expected);
    // Resolved: 2, 4, 10, 30 hours -> median (4 + 10) / 2 = 7.
    REQUIRE(r.resolutionHoursMedian);
    CHECK(*r.resolutionHoursMedian == Approx(7.0));
    // Two active customers -> 100 * 5 / 2 = 250 complaints per 100 customers.
    CHECK(*r.complaintRate == Approx(250.0));

    // Segment enterprise (c2): billing open, delivery 30 h -> median 30, rate 100 * 2 / 1.
    const auto ent = f.compute("2026-Q3", Scope::segment(QStringLiteral("enterprise")));
    CHECK(ent.complaints == 2);
    CHECK(ent.openComplaints == 1);
    CHECK(*ent.resolutionHoursMedian == Approx(30.0));
    CHECK(*ent.complaintRate == Approx(200.0));
    CHECK(*ent.value(QStringLiteral("complaints_by_category.delivery")) == 1.0);

    const auto empty = f.compute("2025-Q1");
    CHECK(empty.complaints == 0);
    CHECK(empty.openComplaints == 0);
    CHECK(empty.complaintsByCategory.empty());
    CHECK_FALSE(empty.resolutionHoursMedian.has_value());
    CHECK_FALSE(empty.complaintRate.has_value()); // nobody active in 2025
}

TEST_CASE("one follow-up answers every purchase of its customer made in the window before it",
          "[engines][metrics][follow-up]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    const qint64 other = f.customer("2026-01-01T00:00:00Z");
    // c: two purchases answered by one follow-up; a third purchase a week later is answered by
    // a follow-up ten days after it, while the first two have long left the window.
    f.purchase(c, "2026-09-01T00:00:00Z", 100);
    f.purchase(c, "2026-09-02T00:00:00Z", 100);
    f.interaction(c, InteractionKind::FollowUp, "2026-09-03T00:00:00Z");
    f.purchase(c, "2026-09-10T00:00:00Z", 100);
    f.interaction(c, InteractionKind::FollowUp, "2026-09-20T00:00:00Z");
    // other: a purchase followed up 15 days later (too late), and a purchase with two
    // follow-ups (counted once).
    f.purchase(other, "2026-09-05T00:00:00Z", 100);
    f.interaction(other, InteractionKind::FollowUp, "2026-09-20T00:00:01Z");
    f.purchase(other, "2026-09-25T00:00:00Z", 100);
    f.interaction(other, InteractionKind::FollowUp, "2026-09-26T00:00:00Z");
    f.interaction(other, InteractionKind::FollowUp, "2026-09-27T00:00:00Z");
    // 5 purchases, followed: c's three and other's last -> 100 * 4 / 5 = 80.
    const auto r = f.compute("2026-09");
    CHECK(*r.followUpRate == Approx(80.0));
}

TEST_CASE("revenue too large to add up in cents is an error, never a wrapped figure",
          "[engines][metrics][revenue][safety]")
{
    // Amounts beyond what an import accepts, as a database from an older version may hold.
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    f.purchase(c, "2026-09-01T00:00:00Z", huge);
    f.purchase(c, "2026-09-02T00:00:00Z", huge);
    f.purchase(c, "2026-09-03T00:00:00Z", huge);
    const auto r = f.engine.compute(*core::Period::parse(QStringLiteral("2026-09")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("too large")));
    const auto series =
        f.engine.trend(QStringLiteral("revenue"), *core::Period::parse(QStringLiteral("2026-09")),
                       *core::Period::parse(QStringLiteral("2026-09")), core::Period::Step::Month);
    CHECK_FALSE(series.ok());
}
