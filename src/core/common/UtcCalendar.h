#pragma once

#include <QtGlobal>

// Calendar arithmetic on unix seconds in UTC, without QDateTime, for tight loops
// (cohort months, period boundaries). Proleptic Gregorian, after H. Hinnant's
// days_from_civil / civil_from_days.
namespace rapport::core::utc {

constexpr qint64 kSecondsPerDay = 86400;

// Days since 1970-01-01 of year-month-day (month 1..12).
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    qint64 year;
    int month; // 1..12
    int day;   // 1..31
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A month as one integer: year * 12 + (month - 1).
constexpr qint64 monthIndex(qint64 year, int month)
{
    return year * 12 + (month - 1);
}

constexpr qint64 monthIndexOfSeconds(qint64 unixSeconds)
{
    const Civil c = civilFromDays(floorDiv(unixSeconds, kSecondsPerDay));
    return monthIndex(c.year, c.month);
}

constexpr qint64 monthStartSeconds(qint64 monthIdx)
{
    const qint64 year = floorDiv(monthIdx, 12);
    const int month = static_cast<int>(monthIdx - year * 12) + 1;
    return daysFromCivil(year, month, 1) * kSecondsPerDay;
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(monthStartSeconds(monthIndex(2026, 7)) == 1782864000); // 2026-07-01T00:00:00Z
static_assert(monthIndexOfSeconds(1782863999) == monthIndex(2026, 6));

} // namespace rapport::core::utc
