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
