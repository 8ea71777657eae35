#include "metrics/ProductFigures.h"

#include "SqlBook.h"
#include "storage/ProductMetricsStore.h"

#include <QJsonObject>

// The per-product figures of metrics.md "Products", against numbers worked out by hand.
using namespace rapport;
using Catch::Detail::Approx;
using core::Scope;

namespace {

// September 2026. A and B: rep r1, segment smb; C: rep r2, segment enterprise.
// Products: P1 Widget, P2 Gadget (a refund and a complaint only), P3 Old thing (retired,
// bought in July only), P4 Unused (no rows at all).
struct ProductBook
{
    test::SqlBook b;

    ProductBook()
    {
        b.product("P1", "Widget");
        b.product("P2", "Gadget");
        b.product("P3", "Old thing", false);
        b.product("P4", "Unused");
        b.customer("A", "r1", "smb");
        b.customer("B", "r1", "smb");
        b.customer("C", "r2", "enterprise");
        // P1
        b.purchase("A", "2026-08-31T23:59:59Z", 77777, "P1"); // before the start: August
        b.purchase("A", "2026-09-01T00:00:00Z", 10000, "P1"); // at the start: counts
        b.purchase("A", "2026-09-15T00:00:00Z", 5000, "P1");  // A's second: one buyer still
        b.purchase("B", "2026-09-20T00:00:00Z", 2500, "P1");
        b.purchase("B", "2026-09-21T00:00:00Z", -2500, "P1"); // refunded
        b.purchase("C", "2026-09-30T23:59:59Z", 1000, "P1");  // the last second: counts
        b.purchase("C", "2026-10-01T00:00:00Z", 99999, "P1"); // at the end: October
        b.interaction("A", "complaint", "2026-09-10T00:00:00Z", std::nullopt, "P1");
        b.interaction("C", "complaint", "2026-09-11T00:00:00Z", std::nullopt, "P1");
        b.interaction("B", "support", "2026-09-12T00:00:00Z", std::nullopt, "P1");
        // P2: a refund and a complaint, no purchase
        b.purchase("C", "2026-09-05T00:00:00Z", -1500, "P2");
        b.interaction("C", "complaint", "2026-09-06T00:00:00Z", std::nullopt, "P2");
        // P3 (retired): July only
        b.purchase("A", "2026-07-01T00:00:00Z", 3000, "P3");
        // Rows without a product
        b.purchase("A", "2026-09-02T00:00:00Z", 4000);
        b.purchase("B", "2026-09-03T00:00:00Z", -1000);
        b.interaction("C", "complaint", "2026-09-04T00:00:00Z", std::nullopt);
        b.interaction("A", "support", "2026-09-05T00:00:00Z", std::nullopt);
        b.interaction("A", "call", "2026-09-06T00:00:00Z", std::nullopt); // no figure counts calls
    }

    // The figures as the app computes them (ProductMetricsStore::Reading::Best: the rows added
    // up here on a file, the engine's GROUP BYs on a server), after checking that every
    // reading gives the same counts on this engine: the hand-computed numbers of the tests
    // then hold for all of them.
    core::ProductFigures compute(const Scope& scope = Scope::all(), const char* period = "2026-09")
    {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        checkReadingsAgree(*p, scope);
        auto f = core::ProductFigures::compute(*b.db, *p, scope);
        REQUIRE_OK(f);
        return std::move(f).value();
    }

    void checkReadingsAgree(const core::Period& p, const Scope& scope)
    {
        using Store = core::ProductMetricsStore;
        const Store store(*b.db);
        auto inEngine = store.counts(p.startSeconds(), p.endSeconds(), scope, Store::Reading::InEngine);
        REQUIRE_OK(inEngine);
        for (const Store::Reading reading : {Store::Reading::Rows, Store::Reading::RowsOfWholeBook}) {
            INFO("reading " << static_cast<int>(reading));
            auto rows = store.counts(p.startSeconds(), p.endSeconds(), scope, reading);
            REQUIRE_OK(rows);
            checkSame(*inEngine, *rows);
        }
    }

    static void checkSame(const core::ProductMetricsStore::Answer& inEngine,
                          const core::ProductMetricsStore::Answer& rows)
    {
        using Store = core::ProductMetricsStore;
        const auto same = [](const Store::Counts& a, const Store::Counts& r) {
            CHECK(a.purchases == r.purchases);
            CHECK(a.buyers == r.buyers);
            CHECK(a.revenueCents == r.revenueCents);
            CHECK(a.refunds == r.refunds);
            CHECK(a.complaints == r.complaints);
            CHECK(a.support == r.support);
        };
        REQUIRE(inEngine.products.size() == rows.products.size());
        for (std::size_t k = 0; k < rows.products.size(); ++k) {
            INFO("product " << rows.products[k].externalId.toStdString());
            CHECK(inEngine.products[k].externalId == rows.products[k].externalId);
            same(inEngine.products[k].counts, rows.products[k].counts);
        }
        INFO("no product");
        same(inEngine.unassigned, rows.unassigned);
    }
};

const core::ProductFigures::Product& product(const core::ProductFigures& f, const char* id)
{
    for (const auto& p : f.products) {
        if (p.externalId == QLatin1String(id))
            return p;
    }
    FAIL("no product " << id);
    return f.products.front();
}

void checkLine(const core::ProductLine& l, qint64 purchases, qint64 buyers, qint64 revenueCents,
               qint64 refunds, qint64 complaints, std::optional<double> per100, qint64 support)
{
    CHECK(l.purchases == purchases);
    CHECK(l.buyers == buyers);
    CHECK(l.revenueCents == revenueCents);
    CHECK(l.refunds == refunds);
    CHECK(l.complaints == complaints);
    if (per100) {
        REQUIRE(l.complaintsPer100Purchases());
        CHECK(*l.complaintsPer100Purchases() == Approx(*per100));
    } else {
        CHECK_FALSE(l.complaintsPer100Purchases());
    }
    CHECK(l.support == support);
}

} // namespace

TEST_CASE("per-product figures count purchases, buyers, revenue with refunds, complaints and support",
          "[engines][metrics][products]")
{
    ProductBook book;
    const auto f = book.compute();
    // Every product of the catalogue, retired and unused ones too, by external id.
    REQUIRE(f.products.size() == 4);
    CHECK(f.products[0].externalId == QStringLiteral("P1"));
    CHECK(f.products[3].externalId == QStringLiteral("P4"));
    // P1: purchases A 100.00 (at the start), A 50.00, B 25.00, C 10.00 (last second) = 4 from
    // 3 buyers; B's 25.00 refund counts in revenue and refunds only: 16000 cents. The purchases
    // before the start and at the end do not count. 2 complaints / 4 purchases = 50 per 100.
    SECTION("a product with purchases, a refund, complaints and support")
    {
        const auto& p1 = product(f, "P1");
        CHECK(p1.name == QStringLiteral("Widget"));
        CHECK(p1.active);
        checkLine(p1.figures, 4, 3, 16000, 1, 2, 50.0, 1);
    }
    SECTION("a refund alone is revenue and a refund, not a purchase or a buyer")
    {
        // P2: -15.00 and one complaint, no purchase: the rate is empty, not infinite or zero.
        checkLine(product(f, "P2").figures, 0, 0, -1500, 1, 1, std::nullopt, 0);
    }
    SECTION("a retired product is listed with zeros when the period holds nothing of it")
    {
        const auto& p3 = product(f, "P3");
        CHECK_FALSE(p3.active);
        CHECK(p3.name == QStringLiteral("Old thing"));
        checkLine(p3.figures, 0, 0, 0, 0, 0, std::nullopt, 0);
    }
    SECTION("a product without any row is listed with zeros and an empty rate")
    {
        checkLine(product(f, "P4").figures, 0, 0, 0, 0, 0, std::nullopt, 0);
    }
    SECTION("rows without a product are unassigned")
    {
        // A 40.00 and B's 10.00 refund: 1 purchase, 1 buyer, 3000 cents, 1 refund; C's
        // complaint: 1 per 1 purchase = 100; A's support. The call counts nowhere.
        checkLine(f.unassigned, 1, 1, 3000, 1, 1, 100.0, 1);
    }
}

TEST_CASE("per-product figures in the retired product's own period", "[engines][metrics][products]")
{
    ProductBook book;
    const auto f = book.compute(Scope::all(), "2026-07");
    checkLine(product(f, "P3").figures, 1, 1, 3000, 0, 0, 0.0, 0);
    checkLine(product(f, "P1").figures, 0, 0, 0, 0, 0, std::nullopt, 0);
    checkLine(f.unassigned, 0, 0, 0, 0, 0, std::nullopt, 0);
}

TEST_CASE("per-product figures restricted to a rep's customers", "[engines][metrics][products][scope]")
{
    ProductBook book;
    const auto f = book.compute(Scope::rep(QStringLiteral("r1")));
    REQUIRE(f.products.size() == 4);
    // A and B only: P1 purchases 100.00, 50.00, 25.00 (2 buyers), B's refund: 15000 cents;
    // A's complaint: 100 * 1 / 3; B's support.
    checkLine(product(f, "P1").figures, 3, 2, 15000, 1, 1, 100.0 / 3.0, 1);
    // P2 belongs to C alone: zeros.
    checkLine(product(f, "P2").figures, 0, 0, 0, 0, 0, std::nullopt, 0);
    // A's 40.00, B's 10.00 refund, A's support; C's complaint is out of scope: 0 per 100.
    checkLine(f.unassigned, 1, 1, 3000, 1, 0, 0.0, 1);
}

TEST_CASE("per-product figures restricted to a segment", "[engines][metrics][products][scope]")
{
    ProductBook book;
    const auto f = book.compute(Scope::segment(QStringLiteral("enterprise")));
    // C only: P1 10.00 at the last second and a complaint.
    checkLine(product(f, "P1").figures, 1, 1, 1000, 0, 1, 100.0, 0);
    checkLine(product(f, "P2").figures, 0, 0, -1500, 1, 1, std::nullopt, 0);
    checkLine(f.unassigned, 0, 0, 0, 0, 1, std::nullopt, 0);
    // A segment nobody is in: every product still listed, all zeros.
    const auto none = book.compute(Scope::segment(QStringLiteral("nobody")));
    REQUIRE(none.products.size() == 4);
    for (const auto& p : none.products)
        checkLine(p.figures, 0, 0, 0, 0, 0, std::nullopt, 0);
}

TEST_CASE("per-product buyers of a year count each customer once, not once per month",
          "[engines][metrics][products]")
{
    // 2026 holds September's rows plus A's P1 purchase of 31 August (777.77), C's of
    // 1 October (999.99) and A's P3 purchase of July; added here:
    ProductBook book;
    book.b.purchase("B", "2026-01-15T00:00:00Z", 1000, "P1");  // B bought P1 in September too
    book.b.purchase("A", "2026-02-10T00:00:00Z", 0, "P2");     // a purchase of nothing is one
    book.b.purchase("B", "2026-11-01T00:00:00Z", 2000);        // no product; B refunded one in September
    book.b.purchase("A", "2026-12-31T23:59:59Z", 500);         // no product, the last second
    book.b.purchase("C", "2025-12-31T23:59:59Z", 50000, "P1"); // before the year
    book.b.purchase("C", "2027-01-01T00:00:00Z", 60000);       // at its end
    SECTION("the whole book")
    {
        const auto f = book.compute(Scope::all(), "2026");
        // P1: A in August, September (twice); B in January and September; C in September and
        // October: 7 purchases from 3 buyers (month by month: 1 + 1 + 3 + 1 = 6 would be
        // wrong). Revenue 777.77 + 100 + 50 + 25 - 25 + 10 + 999.99 + 10 = 1947.76.
        // 2 complaints / 7 purchases.
        checkLine(product(f, "P1").figures, 7, 3, 194776, 1, 2, 200.0 / 7.0, 1);
        // P2: A's purchase of 0.00 and C's refund of 15.00 and complaint.
        checkLine(product(f, "P2").figures, 1, 1, -1500, 1, 1, 100.0, 0);
        checkLine(product(f, "P3").figures, 1, 1, 3000, 0, 0, 0.0, 0);
        checkLine(product(f, "P4").figures, 0, 0, 0, 0, 0, std::nullopt, 0);
        // No product: A 40.00 and 5.00, B 20.00 (2 buyers), B's refund of 10.00: 55.00; C's
        // complaint, A's support.
        checkLine(f.unassigned, 3, 2, 5500, 1, 1, 100.0 / 3.0, 1);
    }
    SECTION("one rep")
    {
        const auto f = book.compute(Scope::rep(QStringLiteral("r1")), "2026");
        // A and B only: P1 777.77, 100, 50 (A), 25, 10 (B), B's refund: 5 purchases, 2 buyers,
        // 937.77; A's complaint; B's support.
        checkLine(product(f, "P1").figures, 5, 2, 93777, 1, 1, 20.0, 1);
        checkLine(product(f, "P2").figures, 1, 1, 0, 0, 0, 0.0, 0);
        checkLine(f.unassigned, 3, 2, 5500, 1, 0, 0.0, 1);
    }
}

TEST_CASE("per-product figures as JSON: money in currency units, empty rates null",
          "[engines][metrics][products][json]")
{
    ProductBook book;
    const QJsonObject o = book.compute().toJson();
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("start")).toString() == QStringLiteral("2026-09-01T00:00:00Z"));
    CHECK(period.value(QStringLiteral("end")).toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    const QJsonObject products = o[QStringLiteral("products")].toObject();
    CHECK(products.keys() == QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                                         QStringLiteral("P4")});
    const QJsonObject p1 = products[QStringLiteral("P1")].toObject();
    CHECK(p1.value(QStringLiteral("name")).toString() == QStringLiteral("Widget"));
    CHECK(p1[QStringLiteral("purchases")].toInteger() == 4);
    CHECK(p1[QStringLiteral("buyers")].toInteger() == 3);
    CHECK(p1[QStringLiteral("revenue")].toDouble() == Approx(160.0));
    CHECK(p1[QStringLiteral("refunds")].toInteger() == 1);
    CHECK(p1[QStringLiteral("complaints")].toInteger() == 2);
    CHECK(p1[QStringLiteral("complaints_per_100_purchases")].toDouble() == Approx(50.0));
    CHECK(p1[QStringLiteral("support")].toInteger() == 1);
    CHECK(products.value(QStringLiteral("P2")).toObject().value(QStringLiteral("revenue")).toDouble() ==
          Approx(-15.0));
    CHECK(products.value(QStringLiteral("P4"))
              .toObject()
              .value(QStringLiteral("complaints_per_100_purchases"))
              .isNull());
    const QJsonObject unassigned = o[QStringLiteral("unassigned")].toObject();
    CHECK(unassigned[QStringLiteral("revenue")].toDouble() == Approx(30.0));
    CHECK_FALSE(unassigned.contains(QStringLiteral("name")));
    CHECK(unassigned.keys().size() == 7);
}
