#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace rapport::core {

// A half-open span of time [start, end) in UTC (metrics.md, "Time").
// Named forms: "2026" (year), "2026-Q3" (quarter), "2026-09" (month); explicit ranges
// "2026-07-01..2026-10-01" (end exclusive; either side may also be an ISO 8601 instant
// with Z or an offset, compared in UTC).
class Period
{
public:
    enum class Kind { Year, Quarter, Month, Range };
    enum class Step { Month, Quarter };

    static Result<Period> parse(const QString& text);
    static Period year(int year);
    static Period quarter(int year, int quarter); // quarter 1..4
    static Period month(int year, int month);     // month 1..12
    // An explicit range; fails unless both are valid and start < end.
    static Result<Period> range(const QDateTime& start, const QDateTime& end);
    // The month or quarter containing t.
    static Period containing(const QDateTime& t, Step step);

    Period() = default; // an empty range at the epoch; prefer the factories

    Kind kind() const { return m_kind; }
    QDateTime start() const;
    QDateTime end() const;
    qint64 startSeconds() const { return m_start; } // unix seconds, UTC
    qint64 endSeconds() const { return m_end; }
    qint64 lengthSeconds() const { return m_end - m_start; }
    bool contains(const QDateTime& t) const;
    bool contains(qint64 unixSeconds) const { return m_start <= unixSeconds && unixSeconds < m_end; }

    // "2026", "2026-Q3", "2026-09", "2026-07-01..2026-10-01" (parse(label()) round-trips).
    QString label() const;
    // Named periods: the previous year, quarter or month. Explicit ranges: the range of the
    // same length that ends where this one starts.
    Period previous() const;
    // Named periods: the next year, quarter or month. Explicit ranges: same length after.
    Period next() const;

    // The months or quarters from the one containing from.start() to the one containing the
    // last instant of to (both included), in order; empty when to ends before from starts.
    static std::vector<Period> steps(const Period& from, const Period& to, Step step);

    friend bool operator==(const Period&, const Period&) = default;

private:
    Period(Kind kind, qint64 start, qint64 end) : m_kind(kind), m_start(start), m_end(end) {}

    Kind m_kind = Kind::Range;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

QString toString(Period::Step step); // "month", "quarter"

} // namespace rapport::core
