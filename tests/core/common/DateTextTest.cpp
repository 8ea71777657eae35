#include "common/DateText.h"

#include "TestSupport.h"

#include <QTimeZone>

// Dates read with their century in every locale; the C locale (tests, scripts) reads ISO 8601.
using namespace rapport;

namespace {

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("dates follow the locale's short format with a four-digit year, ISO in the C locale",
          "[common][locale]")
{
    const QDate day(2026, 10, 5);
    CHECK(core::DateText::date(day, QLocale(QLocale::English, QLocale::UnitedStates)) == text("10/5/2026"));
    CHECK(core::DateText::date(day, QLocale(QLocale::German, QLocale::Germany)) == text("05.10.2026"));
    CHECK(core::DateText::date(day, QLocale(QLocale::English, QLocale::UnitedKingdom)) == text("05/10/2026"));
    CHECK(core::DateText::date(day, QLocale(QLocale::Japanese, QLocale::Japan)) == text("2026/10/05"));
    CHECK(core::DateText::date(day, QLocale::c()) == text("2026-10-05"));
    CHECK(core::DateText::date(QDate(), QLocale::c()).isEmpty());
    // A year that "yy" would shorten to a number of the next century's first years.
    CHECK(core::DateText::date(QDate(2001, 2, 3), QLocale(QLocale::German, QLocale::Germany)) ==
          text("03.02.2001"));
}

TEST_CASE("an instant reads as its UTC day, or with a short time without seconds", "[common][locale]")
{
    // 23:30 in New York is the next day in UTC, the day every figure of Rapport counts in.
    const QDateTime lateEvening(QDate(2026, 10, 5), QTime(23, 30), QTimeZone("America/New_York"));
    CHECK(core::DateText::utcDay(lateEvening, QLocale::c()) == text("2026-10-06"));
    CHECK(core::DateText::utcDay(QDateTime(), QLocale::c()).isEmpty());

    const QDateTime utc(QDate(2026, 10, 5), QTime(14, 30, 59), Qt::UTC);
    CHECK(core::DateText::dateTime(utc, QLocale::c()) == text("2026-10-05 14:30"));
    CHECK(core::DateText::dateTime(utc, QLocale(QLocale::German, QLocale::Germany)) ==
          text("05.10.2026 14:30"));
    CHECK(core::DateText::dateTime(utc, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          text("10/5/2026 2:30 PM"));
    CHECK(core::DateText::timeFormat(QLocale::c()) == text("HH:mm"));
    CHECK(core::DateText::dateFormat(QLocale(QLocale::German, QLocale::Germany)) == text("dd.MM.yyyy"));
}
