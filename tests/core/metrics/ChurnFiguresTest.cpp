#include "metrics/ChurnFigures.h"

#include "SqlBook.h"

#include <QJsonObject>

// Churn reasons and win-back (metrics.md), against numbers worked out by hand.
using namespace rapport;
using Catch::Detail::Approx;
using core::Scope;

namespace {

// Q3 2026 = [2026-07-01, 2026-10-01). Every customer was acquired on 2026-01-01.
// r1 / smb: D, E, H, I, J, K; r2 / enterprise: F, G.
struct ChurnBook
{
    test::SqlBook b;

    ChurnBook()
    {
        // D: churned at the period's first second (counts), reason price. A purchase at the
        // churn instant itself and one a second after the window's end: not won back.
        b.customer("D", "r1", "smb", "2026-07-01T00:00:00Z", "price");
        b.purchase("D", "2026-07-01T00:00:00Z", 5000);
        b.purchase("D", "2026-12-28T00:00:01Z", 5000); // churned_at + 180 days + 1 second
        // E: price; a purchase at the window's last second (churned_at + 180 * 86400), past the
        // period's end and past "now": won back, counted as stored.
        b.customer("E", "r1", "smb", "2026-08-01T00:00:00Z", "price");
        b.purchase("E", "2027-01-28T00:00:00Z", 2000);
        // F: no reason (unknown), churned at the period's last second, buys a second later.
        b.customer("F", "r2", "enterprise", "2026-09-30T23:59:59Z");
        b.purchase("F", "2026-10-01T00:00:00Z", 100);
        // G: product_quality; only a refund and a complaint after the churn: not won back.
        b.customer("G", "r2", "enterprise", "2026-09-15T00:00:00Z", "product_quality");
        b.purchase("G", "2026-09-20T00:00:00Z", -500);
        b.interaction("G", "complaint", "2026-09-21T00:00:00Z", std::nullopt);
        // H: churned at the period's end (October's), won back within a week.
        b.customer("H", "r1", "smb", "2026-10-01T00:00:00Z", "price");
        b.purchase("H", "2026-10-05T00:00:00Z", 3000);
        // I: churned a second before the period (June).
        b.customer("I", "r1", "smb", "2026-06-30T23:59:59Z", "price");
        // J: never churned, buys in the period.
        b.customer("J", "r1", "smb");
        b.purchase("J", "2026-08-02T00:00:00Z", 1000);
        // K: no reason; a purchase of 0.00 (amount >= 0) 179 days later wins back.
        b.customer("K", "r1", "smb", "2026-08-10T00:00:00Z");
        b.purchase("K", "2027-02-05T00:00:00Z", 0);
    }

    core::ChurnFigures compute(const Scope& scope = Scope::all(), const char* period = "2026-Q3")
    {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        auto f = core::ChurnFigures::compute(*b.db, *p, scope);
        REQUIRE_OK(f);
        return std::move(f).value();
    }
};

std::map<QString, qint64> reasons(std::initializer_list<std::pair<const char*, qint64>> list)
{
    std::map<QString, qint64> m;
    for (const auto& [k, n] : list)
        m[QString::fromLatin1(k)] = n;
    return m;
}

} // namespace

TEST_CASE("churn counts the period's churned customers by reason, null as unknown",
          "[engines][metrics][churn]")
{
    ChurnBook book;
    const auto f = book.compute();
    // D (at the start), E, F (last second), G, K; not H (at the end) nor I (before).
    CHECK(f.churned == 5);
    CHECK(f.reasons == reasons({{"price", 2}, {"unknown", 2}, {"product_quality", 1}}));
    // Won back: E (last second of the window), F (a second after the churn), K (0.00).
    // Not D (at the churn instant, and a second after the window), not G (a refund).
    CHECK(f.wonBack == 3);
    REQUIRE(f.winBackRate);
    CHECK(*f.winBackRate == Approx(60.0));
}

TEST_CASE("churn at the start of the next period and in an empty one", "[engines][metrics][churn]")
{
    ChurnBook book;
    const auto october = book.compute(Scope::all(), "2026-10");
    CHECK(october.churned == 1); // H, at October's first second
    CHECK(october.reasons == reasons({{"price", 1}}));
    CHECK(october.wonBack == 1);
    CHECK(*october.winBackRate == Approx(100.0));

    const auto empty = book.compute(Scope::all(), "2025-Q1");
    CHECK(empty.churned == 0);
    CHECK(empty.reasons.empty());
    CHECK(empty.wonBack == 0);
    CHECK_FALSE(empty.winBackRate);
}

TEST_CASE("churn restricted to a rep and to a segment", "[engines][metrics][churn][scope]")
{
    ChurnBook book;
    const auto r1 = book.compute(Scope::rep(QStringLiteral("r1")));
    CHECK(r1.churned == 3); // D, E, K
    CHECK(r1.reasons == reasons({{"price", 2}, {"unknown", 1}}));
    CHECK(r1.wonBack == 2); // E, K
    CHECK(*r1.winBackRate == Approx(200.0 / 3.0));

    const auto enterprise = book.compute(Scope::segment(QStringLiteral("enterprise")));
    CHECK(enterprise.churned == 2); // F, G
    CHECK(enterprise.reasons == reasons({{"unknown", 1}, {"product_quality", 1}}));
    CHECK(enterprise.wonBack == 1); // F
    CHECK(*enterprise.winBackRate == Approx(50.0));
}

TEST_CASE("churn as JSON", "[engines][metrics][churn][json]")
{
    ChurnBook book;
    const QJsonObject o = book.compute().toJson();
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("start")).toString() == QStringLiteral("2026-07-01T00:00:00Z"));
    CHECK(period.value(QStringLiteral("end")).toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    CHECK(o.value(QStringLiteral("churned")).toInteger() == 5);
    const QJsonObject byReason = o.value(QStringLiteral("reasons")).toObject();
    CHECK(byReason.value(QStringLiteral("price")).toInteger() == 2);
    CHECK(byReason.value(QStringLiteral("unknown")).toInteger() == 2);
    CHECK(byReason.value(QStringLiteral("product_quality")).toInteger() == 1);
    CHECK(o.value(QStringLiteral("won_back")).toInteger() == 3);
    CHECK(o.value(QStringLiteral("win_back_rate")).toDouble() == Approx(60.0));
    CHECK(book.compute(Scope::all(), "2025-Q1").toJson().value(QStringLiteral("win_back_rate")).isNull());
}
