#include "metrics/ChurnBreakdown.h"

#include "SqlBook.h"

// The Churn tab: churn per rep and per segment, and reasons by month, worked out by hand.
using namespace rapport;
using Catch::Detail::Approx;

namespace {

// Q3 2026. D and E: rep r1, smb, reason price (E won back); F: rep r2, enterprise, no reason;
// I: r1, price, a second before the quarter (June).
struct ChurnBook
{
    test::SqlBook b;

    ChurnBook()
    {
        b.customer("D", "r1", "smb", "2026-07-01T00:00:00Z", "price");
        b.purchase("D", "2026-07-01T00:00:00Z", 5000); // at the churn's own second: not after it
        b.customer("E", "r1", "smb", "2026-08-01T00:00:00Z", "price");
        b.purchase("E", "2026-08-10T00:00:00Z", 2000);
        b.customer("F", "r2", "enterprise", "2026-09-30T23:59:59Z");
        b.customer("I", "r1", "smb", "2026-06-30T23:59:59Z", "price");
        b.customer("J", "r2", "enterprise");
    }

    core::ChurnBreakdown compute(const core::Scope& scope = core::Scope::all())
    {
        auto b2 = core::ChurnBreakdown::compute(*b.db, core::Period::quarter(2026, 3), scope);
        REQUIRE_OK(b2);
        return std::move(b2).value();
    }
};

} // namespace

TEST_CASE("churn splits by rep and segment and sums to the team's figures", "[engines][metrics][churn]")
{
    ChurnBook book;
    const core::ChurnBreakdown c = book.compute();
    CHECK(c.total.churned == 3);
    CHECK(c.total.wonBack == 1);
    REQUIRE(c.total.winBackRate);
    CHECK(*c.total.winBackRate == Approx(100.0 / 3.0));
    CHECK(c.total.reasons ==
          std::map<QString, qint64>{{QStringLiteral("price"), 2}, {QStringLiteral("unknown"), 1}});

    REQUIRE(c.byRep.size() == 2);
    const core::ChurnFigures& r1 = c.byRep.at(QStringLiteral("r1"));
    CHECK(r1.churned == 2);
    CHECK(r1.wonBack == 1);
    CHECK(*r1.winBackRate == Approx(50.0));
    const core::ChurnFigures& r2 = c.byRep.at(QStringLiteral("r2"));
    CHECK(r2.churned == 1);
    CHECK(r2.reasons.at(QStringLiteral("unknown")) == 1);
    CHECK(*r2.winBackRate == Approx(0.0));
    REQUIRE(c.bySegment.size() == 2);
    CHECK(c.bySegment.at(QStringLiteral("smb")).churned == 2);
    CHECK(c.bySegment.at(QStringLiteral("enterprise")).churned == 1);

    REQUIRE(c.months.size() == 12);
    CHECK(c.months.front().label() == QStringLiteral("2025-10"));
    const std::vector<qint64> price{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0}; // June, July, August
    const std::vector<qint64> unknown{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    CHECK(c.reasonsByMonth.at(QStringLiteral("price")) == price);
    CHECK(c.reasonsByMonth.at(QStringLiteral("unknown")) == unknown);
}

TEST_CASE("churn by rep and reason follows the scope", "[engines][metrics][churn][scope]")
{
    ChurnBook book;
    const core::ChurnBreakdown c =
        book.compute(core::Scope{core::Scope::Kind::Segment, QStringLiteral("smb")});
    CHECK(c.total.churned == 2);
    CHECK(c.byRep.size() == 1);
    CHECK(c.bySegment.size() == 1);
    CHECK(c.reasonsByMonth.size() == 1);
    CHECK(c.reasonsByMonth.at(QStringLiteral("price"))[8] == 1);
}
