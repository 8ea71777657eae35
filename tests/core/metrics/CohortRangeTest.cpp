// The cohort table's size is bounded (issue 18): a range of at most 1200 months, as for
// trends, and memory that grows with the data, not with the range asked for.
#include "MetricsFixture.h"

using namespace rapport;
using core::Period;

namespace {

std::size_t cellCount(const core::CohortTable& table)
{
    std::size_t cells = 0;
    for (const auto& row : table.rows)
        cells += row.retention.size();
    return cells;
}

} // namespace

TEST_CASE("a cohort range over 1200 months is refused with the limit named",
          "[engines][metrics][cohorts][safety]")
{
    test::MetricsFixture f;
    auto table = f.engine.cohorts(Period::month(1900, 1), Period::month(9999, 12));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.contains(QStringLiteral("1200")));
    CHECK(core::MetricsEngine::checkCohortRange(Period::month(1900, 1), Period::month(2026, 12)).ok() ==
          false);
    CHECK(core::MetricsEngine::checkCohortRange(Period::month(1927, 1), Period::month(2026, 12)).ok());
}

TEST_CASE("empty cohorts cost one cell, so the table grows with the data and not with the range",
          "[engines][metrics][cohorts][safety]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    f.purchase(c, "2026-01-05T00:00:00Z", 100);
    f.purchase(c, "2026-03-05T00:00:00Z", 100);
    // 1200 months ending after the data: 1199 empty cohorts before and after one real one.
    auto table = f.engine.cohorts(Period::month(1927, 1), Period::month(2026, 12));
    REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 1200);
    CHECK(table->rows.front().retention.size() == 1);
    CHECK_FALSE(table->rows.front().retention.front().has_value());
    CHECK(cellCount(*table) == 1199 + 3); // January 2026: m0, m1, m2
}

TEST_CASE("a cohort's row stops at 1200 months however far the data runs",
          "[engines][metrics][cohorts][safety]")
{
    test::MetricsFixture f;
    const qint64 c = f.customer("2026-01-01T00:00:00Z");
    f.purchase(c, "2026-01-05T00:00:00Z", 100);
    f.purchase(c, "9999-12-05T00:00:00Z", 100); // a mistyped year in the data
    auto table = f.engine.cohorts(Period::month(2026, 1), Period::month(2026, 1));
    REQUIRE_OK(table);
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.front().retention.size() == core::MetricsEngine::kMaxSteps);
}

// A team server returns each customer's months as bits of 64-bit words (CohortStore): month j
// of the table is bit j + 2, so months 61 and 62 sit on either side of a word's edge (the sign
// bit, then the next word's first bit). Both engines count the same cells.
TEST_CASE("a purchase years after the first is counted in its month, on either side of 64 months",
          "[engines][metrics][cohorts]")
{
    test::MetricsFixture f;
    const qint64 a = f.customer("2019-12-01T00:00:00Z");
    const qint64 b = f.customer("2019-12-01T00:00:00Z");
    const qint64 outside = f.customer("2019-12-01T00:00:00Z");
    f.purchase(a, "2020-01-10T00:00:00Z", 100);       // cohort January 2020, month 0 of the table
    f.purchase(a, "2025-02-15T00:00:00Z", 100);       // month 61: bit 63 of the first word
    f.purchase(a, "2025-03-01T00:00:00Z", 100);       // month 62: bit 0 of the second word
    f.purchase(a, "2026-01-31T23:59:59Z", 100);       // month 72, the last with data
    f.purchase(b, "2020-02-29T00:00:00Z", 100);       // cohort February 2020
    f.purchase(b, "2025-03-31T23:59:59Z", 100);       // its offset 61
    f.purchase(outside, "2019-12-31T23:59:59Z", 100); // cohort December 2019: not in the table
    f.purchase(outside, "2020-01-01T00:00:00Z", 100);

    auto table = f.engine.cohorts(Period::month(2020, 1), Period::month(2020, 2));
    REQUIRE_OK(table);
    REQUIRE(table->lastDataMonth);
    CHECK(*table->lastDataMonth == Period::month(2026, 1));
    REQUIRE(table->rows.size() == 2);
    const auto& jan = table->rows[0];
    const auto& feb = table->rows[1];
    CHECK(jan.size == 1);
    CHECK(feb.size == 1);
    REQUIRE(jan.retention.size() == 73);
    REQUIRE(feb.retention.size() == 72);
    std::vector<std::size_t> janActive;
    std::vector<std::size_t> febActive;
    for (std::size_t k = 0; k < jan.retention.size(); ++k)
        if (jan.retention[k] && *jan.retention[k] > 0)
            janActive.push_back(k);
    for (std::size_t k = 0; k < feb.retention.size(); ++k)
        if (feb.retention[k] && *feb.retention[k] > 0)
            febActive.push_back(k);
    CHECK(janActive == std::vector<std::size_t>{0, 61, 62, 72});
    CHECK(febActive == std::vector<std::size_t>{0, 61});
    CHECK(*jan.retention[72] == 100.0);
}
