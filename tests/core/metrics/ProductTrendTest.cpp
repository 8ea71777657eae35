#include "metrics/ProductTrend.h"

#include "SqlBook.h"
#include "metrics/ProductTrendCache.h"
#include "metrics/TrailingMonths.h"
#include "storage/ProductMetricsStore.h"

#include <map>
#include <utility>

// The Products tab's chart: complaints per 100 purchases of each product by month, against
// numbers worked out by hand.
using namespace rapport;
using Catch::Detail::Approx;

namespace {

// The store's readings of the twelve months agree on this engine (ProductTrend uses the best
// one for the engine and scope), so the hand-computed numbers hold for each. A product whose
// rows in the months are support only has zeros in one reading and no entry in the other.
void checkReadingsAgree(test::SqlBook& b, const core::Period& period, const core::Scope& scope)
{
    using Store = core::ProductMetricsStore;
    std::vector<qint64> bounds;
    for (const core::Period& month : core::trailingMonths(period, 12)) {
        if (bounds.empty())
            bounds.push_back(month.startSeconds());
        bounds.push_back(month.endSeconds());
    }
    const auto counted = [](const Store::Buckets& buckets) {
        std::map<qint64, std::vector<std::pair<qint64, qint64>>> out;
        for (const auto& [product, series] : buckets) {
            std::vector<std::pair<qint64, qint64>> months;
            qint64 any = 0;
            for (const auto& c : series) {
                months.emplace_back(c.purchases, c.complaints);
                any += c.purchases + c.complaints;
            }
            if (any > 0)
                out.emplace(product, std::move(months));
        }
        return out;
    };
    auto inEngine = Store(*b.db).byBucket(bounds, scope, Store::Reading::InEngine);
    REQUIRE_OK(inEngine);
    auto rows = Store(*b.db).byBucket(bounds, scope, Store::Reading::RowsOfWholeBook);
    REQUIRE_OK(rows);
    CHECK(counted(*inEngine) == counted(*rows));
}

core::ProductTrend trendOf(test::SqlBook& b, const char* period,
                           const core::Scope& scope = core::Scope::all())
{
    auto p = core::Period::parse(QString::fromLatin1(period));
    REQUIRE_OK(p);
    checkReadingsAgree(b, *p, scope);
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

TEST_CASE("the monthly complaint rate through a cache is the same, and a month kept is not read again",
          "[engines][metrics][products]")
{
    test::SqlBook b;
    b.product("P1", "Widget");
    b.customer("A", "r1", "smb");
    b.customer("B", "r2", "enterprise");
    b.purchase("A", "2026-08-10T00:00:00Z", 100, "P1");                          // August: 0 per 100
    b.purchase("B", "2026-09-05T00:00:00Z", 100, "P1");                          // September …
    b.interaction("A", "complaint", "2026-09-06T00:00:00Z", std::nullopt, "P1"); // … 1 of 2: 50
    b.purchase("A", "2026-09-07T00:00:00Z", 100, "P1");

    const auto compute = [&](const char* period, core::ProductTrendCache* cache,
                             const core::Scope& scope = core::Scope::all()) {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        auto t = core::ProductTrend::compute(*b.db, *p, scope, 12, cache);
        REQUIRE_OK(t);
        REQUIRE(t->products.size() == 1);
        REQUIRE(t->products[0].complaintsPer100Purchases.size() == 12);
        return t->products[0];
    };
    const auto rate = [](const core::ProductTrend::Series& s, std::size_t month) {
        REQUIRE(s.complaintsPer100Purchases[month]);
        return *s.complaintsPer100Purchases[month];
    };

    core::ProductTrendCache cache;
    const auto q3 = compute("2026-Q3", &cache); // October 2025 to September 2026
    CHECK(cache.size() == 12);
    CHECK(rate(q3, 10) == Approx(0.0));
    CHECK(rate(q3, 11) == Approx(50.0));
    CHECK(q3.purchases == 3);
    CHECK(q3.complaints == 1);
    CHECK_FALSE(q3.complaintsPer100Purchases[9]);

    // October 2026 shares eleven months with it: one more month read.
    const auto october = compute("2026-10", &cache);
    CHECK(cache.size() == 13);
    CHECK(rate(october, 9) == Approx(0.0));
    CHECK(rate(october, 10) == Approx(50.0));
    CHECK_FALSE(october.complaintsPer100Purchases[11]);

    // Another scope has months of its own: B's September purchase, no complaint.
    const auto onlyB = compute("2026-Q3", &cache, core::Scope::rep(QStringLiteral("r2")));
    CHECK(cache.size() == 25);
    CHECK(rate(onlyB, 11) == Approx(0.0));
    CHECK(onlyB.purchases == 1);

    // A complaint in August. The kept months are what was read before (which is why the owner
    // clears the cache whenever the data changes); read again, August is 1 per 1 purchase.
    b.interaction("A", "complaint", "2026-08-11T00:00:00Z", std::nullopt, "P1");
    CHECK(rate(compute("2026-Q3", &cache), 10) == Approx(0.0));
    CHECK(rate(compute("2026-Q3", nullptr), 10) == Approx(100.0));
    cache.clear();
    const auto again = compute("2026-Q3", &cache);
    CHECK(rate(again, 10) == Approx(100.0));
    CHECK(rate(again, 11) == Approx(50.0));
    CHECK(again.complaints == 2);
}
