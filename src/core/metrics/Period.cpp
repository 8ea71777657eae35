#include "metrics/Period.h"

#include "common/UtcCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport::core {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;

QDateTime fromSeconds(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

// One side of an explicit range: a plain date (00:00 UTC) or an ISO 8601 instant.
std::optional<qint64> parseBound(const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = dateOnly.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return std::nullopt;
        return utc::daysFromCivil(d.year(), d.month(), d.day()) * utc::kSecondsPerDay;
    }
    // An instant needs an explicit zone (Z or an offset): local time would make figures
    // depend on the machine.
    static const QRegularExpression zoned(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

QString boundLabel(qint64 s)
{
    if (utc::floorDiv(s, utc::kSecondsPerDay) * utc::kSecondsPerDay == s)
        return fromSeconds(s).date().toString(Qt::ISODate);
    return fromSeconds(s).toString(Qt::ISODate);
}

Error parseError(const QString& text, const QString& why)
{
    return Error::make(QCoreApplication::translate(
                           "Period", "'%1' is not a period: %2. Use a year (2026), a quarter (2026-Q3), "
                                     "a month (2026-09) or a range (2026-07-01..2026-10-01, end excluded).")
                           .arg(text, why));
}

} // namespace

QString toString(Period::Step step)
{
    return step == Period::Step::Quarter ? QStringLiteral("quarter") : QStringLiteral("month");
}

Period Period::year(int y)
{
    return {Kind::Year, utc::daysFromCivil(y, 1, 1) * utc::kSecondsPerDay,
            utc::daysFromCivil(y + 1, 1, 1) * utc::kSecondsPerDay};
}

Period Period::quarter(int y, int q)
{
    const qint64 first = utc::monthIndex(y, (q - 1) * 3 + 1);
    return {Kind::Quarter, utc::monthStartSeconds(first), utc::monthStartSeconds(first + 3)};
}

Period Period::month(int y, int m)
{
    const qint64 idx = utc::monthIndex(y, m);
    return {Kind::Month, utc::monthStartSeconds(idx), utc::monthStartSeconds(idx + 1)};
}

Result<Period> Period::range(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid() || !end.isValid())
        return Error::make(QCoreApplication::translate("Period", "A period needs a valid start and end."));
    if (start >= end)
        return Error::make(
            QCoreApplication::translate("Period", "A period must end after it starts (%1 .. %2).")
                .arg(start.toUTC().toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate)));
    return Period(Kind::Range, start.toSecsSinceEpoch(), end.toSecsSinceEpoch());
}

Period Period::containing(const QDateTime& t, Step step)
{
    const qint64 idx = utc::monthIndexOfSeconds(t.toSecsSinceEpoch());
    const qint64 y = utc::floorDiv(idx, 12);
    const int m = static_cast<int>(idx - y * 12) + 1;
    if (step == Step::Quarter)
        return quarter(static_cast<int>(y), (m - 1) / 3 + 1);
    return month(static_cast<int>(y), m);
}

Result<Period> Period::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return parseError(input, QCoreApplication::translate("Period", "it is empty"));

    auto checkYear = [&](int y) -> std::optional<Error> {
        if (y < kMinYear || y > kMaxYear)
            return parseError(text,
                              QCoreApplication::translate("Period", "the year must be between %1 and %2")
                                  .arg(kMinYear)
                                  .arg(kMaxYear));
        return std::nullopt;
    };

    // A named period of the last year may end on 10000-01-01, which no ISO 8601 instant of
    // four-digit years can write: refused, so that every period's end can be printed.
    auto checkEnd = [&](const Period& p) -> Result<Period> {
        if (p.m_end > utc::daysFromCivil(kMaxYear + 1, 1, 1) * utc::kSecondsPerDay - 1)
            return parseError(text,
                              QCoreApplication::translate(
                                  "Period", "it would end after 9999-12-31, the last day Rapport can show"));
        return p;
    };

    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-[Qq](\\d)$"));
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));

    if (const auto m = yearRe.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (auto e = checkYear(y))
            return *e;
        return checkEnd(year(y));
    }
    if (const auto m = quarterRe.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int q = m.captured(2).toInt();
        if (auto e = checkYear(y))
            return *e;
        if (q < 1 || q > 4)
            return parseError(text, QCoreApplication::translate("Period", "the quarter must be Q1 to Q4"));
        return checkEnd(quarter(y, q));
    }
    if (const auto m = monthRe.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (auto e = checkYear(y))
            return *e;
        if (mo < 1 || mo > 12)
            return parseError(text, QCoreApplication::translate("Period", "the month must be 01 to 12"));
        return checkEnd(month(y, mo));
    }
    const qsizetype dots = text.indexOf(QLatin1String(".."));
    if (dots < 0)
        return parseError(text, QCoreApplication::translate("Period", "the form is not recognised"));
    const QString left = text.left(dots).trimmed();
    const QString right = text.mid(dots + 2).trimmed();
    const auto start = parseBound(left);
    if (!start)
        return parseError(text,
                          QCoreApplication::translate(
                              "Period", "the start '%1' is not a date (YYYY-MM-DD) or an instant with a zone")
                              .arg(left));
    const auto end = parseBound(right);
    if (!end)
        return parseError(text,
                          QCoreApplication::translate(
                              "Period", "the end '%1' is not a date (YYYY-MM-DD) or an instant with a zone")
                              .arg(right));
    if (*end <= *start)
        return parseError(text, QCoreApplication::translate(
                                    "Period", "the end must come after the start (the end is excluded)"));
    if (auto e =
            checkYear(static_cast<int>(utc::civilFromDays(utc::floorDiv(*start, utc::kSecondsPerDay)).year)))
        return *e;
    if (auto e = checkYear(
            static_cast<int>(utc::civilFromDays(utc::floorDiv(*end - 1, utc::kSecondsPerDay)).year)))
        return *e;
    return Period(Kind::Range, *start, *end);
}

QDateTime Period::start() const
{
    return fromSeconds(m_start);
}

QDateTime Period::end() const
{
    return fromSeconds(m_end);
}

bool Period::contains(const QDateTime& t) const
{
    return t.isValid() && contains(t.toSecsSinceEpoch());
}

QString Period::label() const
{
    const utc::Civil c = utc::civilFromDays(utc::floorDiv(m_start, utc::kSecondsPerDay));
    switch (m_kind) {
    case Kind::Year:
        return QString::number(c.year);
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(c.year).arg((c.month - 1) / 3 + 1);
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(c.year).arg(c.month, 2, 10, QLatin1Char('0'));
    case Kind::Range:
        break;
    }
    return boundLabel(m_start) + QLatin1String("..") + boundLabel(m_end);
}

Period Period::previous() const
{
    const qint64 idx = utc::monthIndexOfSeconds(m_start);
    switch (m_kind) {
    case Kind::Year:
        return {Kind::Year, utc::monthStartSeconds(idx - 12), m_start};
    case Kind::Quarter:
        return {Kind::Quarter, utc::monthStartSeconds(idx - 3), m_start};
    case Kind::Month:
        return {Kind::Month, utc::monthStartSeconds(idx - 1), m_start};
    case Kind::Range:
        break;
    }
    return {Kind::Range, m_start - lengthSeconds(), m_start};
}

Period Period::next() const
{
    const qint64 idx = utc::monthIndexOfSeconds(m_start);
    switch (m_kind) {
    case Kind::Year:
        return {Kind::Year, m_end, utc::monthStartSeconds(idx + 24)};
    case Kind::Quarter:
        return {Kind::Quarter, m_end, utc::monthStartSeconds(idx + 6)};
    case Kind::Month:
        return {Kind::Month, m_end, utc::monthStartSeconds(idx + 2)};
    case Kind::Range:
        break;
    }
    return {Kind::Range, m_end, m_end + lengthSeconds()};
}

std::vector<Period> Period::steps(const Period& from, const Period& to, Step step)
{
    std::vector<Period> out;
    if (to.m_end <= from.m_start)
        return out;
    const qint64 months = step == Step::Quarter ? 3 : 1;
    qint64 idx = utc::monthIndexOfSeconds(from.m_start);
    if (step == Step::Quarter)
        idx -= ((idx % 12) + 12) % 12 % 3;
    const Kind kind = step == Step::Quarter ? Kind::Quarter : Kind::Month;
    for (;; idx += months) {
        const qint64 s = utc::monthStartSeconds(idx);
        if (s >= to.m_end)
            break;
        out.push_back(Period(kind, s, utc::monthStartSeconds(idx + months)));
    }
    return out;
}

} // namespace rapport::core
