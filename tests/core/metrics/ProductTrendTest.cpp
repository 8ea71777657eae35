#include "metrics/ProductTrend.h"

#include "SqlBook.h"

// The Products tab's chart: complaints per 100 purchases of each product by month, against
// numbers worked out by hand.
using namespace rapport;
using Catch::Detail::Approx;

namespace {

core::ProductTrend trendOf(test::SqlBook& b, const char* period,
                           const core::Scope& scope = core::Scope::all())
{
    auto p = core::Period::parse(QString::fromLatin1(period));
    REQUIRE_OK(p);
    auto t = core::ProductTrend::compute(*b.db, *p, scope);
    REQUIRE_OK(t);
    return std::move(t).value();
}

} // namespace

TEST_CASE("the monthly complaint rate per product covers the twelve months that end with the period",
          "[engines][metrics][products]")
{
    test::SqlBook b;
    b.product("P1", "Widget");
    b.product("P2", "Gadget");
    b.product("P3", "Old thing", false);
    b.customer("A", "r1", "smb");
    b.customer("B", "r2", "enterprise");
    b.purchase("A", "2025-09-30T23:59:59Z", 100, "P1");                          // before the first month
    b.interaction("A", "complaint", "2025-10-01T00:00:00Z", std::nullopt, "P1"); // first month, no purchase
    b.purchase("A", "2026-08-31T23:59:59Z", 100, "P1");                          // August
    b.purchase("A", "2026-09-01T00:00:00Z", 100, "P1");                          // September …
    b.purchase("B", "2026-09-30T23:59:59Z", 100, "P1");
    b.purchase("B", "2026-09-15T00:00:00Z", -100, "P1"); // a refund is no purchase
    b.interaction("A", "complaint", "2026-09-10T00:00:00Z", std::nullopt, "P1");
    b.purchase("A", "2026-10-01T00:00:00Z", 100, "P1");                          // after the last month
    b.interaction("B", "support", "2026-09-10T00:00:00Z", std::nullopt, "P2");   // support: not charted
    b.interaction("B", "complaint", "2026-09-11T00:00:00Z", std::nullopt, "P3"); // retired, complaint only
    b.purchase("A", "2026-09-12T00:00:00Z", 100);                                // no product

    const core::ProductTrend t = trendOf(b, "2026-Q3");
    REQUIRE(t.months.size() == 12);
    CHECK(t.months.front().label() == QStringLiteral("2025-10"));
    CHECK(t.months.back().label() == QStringLiteral("2026-09"));
    REQUIRE(t.products.size() == 2); // P2 has neither a purchase nor a complaint
    const auto& widget = t.products[0];
    CHECK(widget.externalId == QStringLiteral("P1"));
    CHECK(widget.purchases == 3);
    CHECK(widget.complaints == 2);
    REQUIRE(widget.complaintsPer100Purchases.size() == 12);
    CHECK_FALSE(widget.complaintsPer100Purchases[0]); // a complaint, no purchase: no rate
    CHECK_FALSE(widget.complaintsPer100Purchases[5]);
    REQUIRE(widget.complaintsPer100Purchases[10]);
    CHECK(*widget.complaintsPer100Purchases[10] == Approx(0.0));
    REQUIRE(widget.complaintsPer100Purchases[11]);
    CHECK(*widget.complaintsPer100Purchases[11] == Approx(50.0));
    const auto& old = t.products[1];
    CHECK(old.externalId == QStringLiteral("P3"));
    CHECK_FALSE(old.active);
    CHECK(old.complaints == 1);
    CHECK_FALSE(old.complaintsPer100Purchases[11]);

    // Scope first: B's rows only; most complaints first.
    const core::ProductTrend onlyB =
        trendOf(b, "2026-Q3", core::Scope{core::Scope::Kind::Rep, QStringLiteral("r2")});
    REQUIRE(onlyB.products.size() == 2);
    CHECK(onlyB.products[0].externalId == QStringLiteral("P3"));
    CHECK(onlyB.products[1].externalId == QStringLiteral("P1"));
    CHECK(onlyB.products[1].purchases == 1);
    CHECK(onlyB.products[1].complaints == 0);
}

TEST_CASE("the monthly complaint rate of a book without products is empty", "[engines][metrics][products]")
{
    test::SqlBook b;
    b.customer("A", "r1", "smb");
    b.purchase("A", "2026-09-01T00:00:00Z", 100);
    const core::ProductTrend t = trendOf(b, "2026-09");
    CHECK(t.months.size() == 12);
    CHECK(t.products.empty());
}
