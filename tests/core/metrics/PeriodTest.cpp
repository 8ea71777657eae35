#include "metrics/Period.h"

#include "TestSupport.h"

using namespace rapport;
using core::Period;
using test::utc;

namespace {

Period parsed(const char* text)
{
    auto p = Period::parse(QString::fromLatin1(text));
    REQUIRE_OK(p);
    return *p;
}

} // namespace

TEST_CASE("a year, a quarter and a month are half-open UTC spans", "[metrics][period]")
{
    const Period y = parsed("2026");
    CHECK(y.kind() == Period::Kind::Year);
    CHECK(y.start() == utc("2026-01-01T00:00:00Z"));
    CHECK(y.end() == utc("2027-01-01T00:00:00Z"));

    const Period q = parsed("2026-Q3");
    CHECK(q.kind() == Period::Kind::Quarter);
    CHECK(q.start() == utc("2026-07-01T00:00:00Z"));
    CHECK(q.end() == utc("2026-10-01T00:00:00Z"));
    CHECK(q.contains(utc("2026-07-01T00:00:00Z")));
    CHECK(q.contains(utc("2026-09-30T23:59:59Z")));
    CHECK_FALSE(q.contains(utc("2026-10-01T00:00:00Z")));
    CHECK(parsed("2026-q3") == q);

    const Period m = parsed("2024-02");
    CHECK(m.start() == utc("2024-02-01T00:00:00Z"));
    CHECK(m.end() == utc("2024-03-01T00:00:00Z")); // leap year: 29 days
    CHECK(m.lengthSeconds() == 29 * 86400);
}

TEST_CASE("the previous named period is the previous year, quarter or month", "[metrics][period]")
{
    CHECK(parsed("2026").previous() == parsed("2025"));
    CHECK(parsed("2026-Q3").previous() == parsed("2026-Q2"));
    CHECK(parsed("2026-Q1").previous() == parsed("2025-Q4"));
    CHECK(parsed("2026-03").previous() == parsed("2026-02"));
    CHECK(parsed("2026-01").previous() == parsed("2025-12"));
    CHECK(parsed("2025-12").next() == parsed("2026-01"));
    CHECK(parsed("2026-Q4").next() == parsed("2027-Q1"));
}

TEST_CASE("an explicit range excludes its end and its previous period has the same length",
          "[metrics][period]")
{
    const Period r = parsed("2026-07-01..2026-10-01");
    CHECK(r.kind() == Period::Kind::Range);
    CHECK(r.start() == utc("2026-07-01T00:00:00Z"));
    CHECK(r.end() == utc("2026-10-01T00:00:00Z"));
    // 92 days (July 31 + August 31 + September 30), so the previous range starts 92 days earlier.
    const Period p = r.previous();
    CHECK(p.start() == utc("2026-03-31T00:00:00Z"));
    CHECK(p.end() == utc("2026-07-01T00:00:00Z"));
    CHECK(r.label() == QStringLiteral("2026-07-01..2026-10-01"));
}

TEST_CASE("range bounds given with an offset are compared in UTC", "[metrics][period]")
{
    const Period r = parsed("2026-07-01T02:00:00+02:00..2026-07-02T00:00:00Z");
    CHECK(r.start() == utc("2026-07-01T00:00:00Z"));
    CHECK(r.end() == utc("2026-07-02T00:00:00Z"));
    CHECK(r.label() == QStringLiteral("2026-07-01..2026-07-02"));
    const Period odd = parsed("2026-07-01T09:30:00Z..2026-07-01T10:00:00Z");
    CHECK(odd.lengthSeconds() == 1800);
    CHECK(parsed(odd.label().toLatin1().constData()) == odd);
}

TEST_CASE("labels round-trip through parse", "[metrics][period]")
{
    for (const char* text : {"2026", "2026-Q3", "2026-09", "2026-07-01..2026-10-01"})
        CHECK(parsed(text).label() == QString::fromLatin1(text));
}

TEST_CASE("a malformed period is refused with a message naming it", "[metrics][period]")
{
    for (const char* text :
         {"", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "Q3-2026", "next month", "2026-10-01..2026-07-01",
          "2026-07-01..2026-07-01", "2026-02-30..2026-03-01", "2026-07-01T00:00:00..2026-08-01", "0001"}) {
        auto p = Period::parse(QString::fromLatin1(text));
        INFO(text);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().message.contains(QStringLiteral("is not a period")));
    }
    CHECK(Period::parse(QStringLiteral("2026-10-01..2026-07-01"))
              .error()
              .message.contains(QStringLiteral("after the start")));
}

TEST_CASE("month and quarter steps cover the range from the first to the last period", "[metrics][period]")
{
    const auto months = Period::steps(parsed("2026-11"), parsed("2027-02"), Period::Step::Month);
    REQUIRE(months.size() == 4);
    CHECK(months[0] == parsed("2026-11"));
    CHECK(months[1] == parsed("2026-12"));
    CHECK(months[2] == parsed("2027-01"));
    CHECK(months[3] == parsed("2027-02"));

    // From August to January by quarter: the quarters containing them, both included.
    const auto quarters = Period::steps(parsed("2026-08"), parsed("2027-01"), Period::Step::Quarter);
    REQUIRE(quarters.size() == 3);
    CHECK(quarters[0] == parsed("2026-Q3"));
    CHECK(quarters[1] == parsed("2026-Q4"));
    CHECK(quarters[2] == parsed("2027-Q1"));

    const auto year = Period::steps(parsed("2026"), parsed("2026"), Period::Step::Month);
    CHECK(year.size() == 12);
    CHECK(Period::steps(parsed("2027"), parsed("2026"), Period::Step::Month).empty());
    CHECK(Period::containing(utc("2026-08-31T23:59:59Z"), Period::Step::Quarter) == parsed("2026-Q3"));
}

TEST_CASE("a named period whose end would leave the calendar is refused", "[metrics][period][safety]")
{
    for (const char* text : {"9999", "9999-Q4", "9999-12"}) {
        const auto p = Period::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().message.contains(QStringLiteral("after 9999-12-31")));
    }
    const Period november = parsed("9999-11");
    CHECK(november.end() == utc("9999-12-01T00:00:00Z"));
    CHECK(parsed("9999-Q3").end().toString(Qt::ISODate) == QStringLiteral("9999-10-01T00:00:00Z"));
}
