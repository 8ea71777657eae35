#include "interchange/ValueParsers.h"

#include "common/UtcCalendar.h"
#include "interchange/CsvWriter.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace rapport::core {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int digits(QByteArrayView v, qsizetype pos, int count)
{
    if (pos + count > v.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = v[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

Error reason(const QString& text)
{
    // No call site: this is a message for a person, not a programming error.
    return Error{text, {}, {}};
}

QString shown(QByteArrayView v)
{
    constexpr qsizetype kMax = 40;
    QString s = QString::fromUtf8(v.first(std::min(v.size(), kMax)));
    if (v.size() > kMax)
        s += QStringLiteral("...");
    return QStringLiteral("\"%1\"").arg(s);
}

QString instantForms()
{
    return QCoreApplication::translate(
        "ValueParsers", "expected a date such as 2026-07-14, or a date and time with a zone such as "
                        "2026-07-14T09:30:00Z or 2026-07-14T11:30:00+02:00");
}

} // namespace

Result<qint64> ValueParsers::instantSeconds(QByteArrayView text)
{
    const QByteArrayView v = trimmed(text);
    auto bad = [&](const QString& why) {
        return reason(
            QCoreApplication::translate("ValueParsers", "%1 is not a valid instant: %2").arg(shown(v), why));
    };
    if (v.isEmpty())
        return reason(QCoreApplication::translate("ValueParsers", "no value"));
    const int year = digits(v, 0, 4);
    if (year < 0 || v.size() < 10 || v[4] != '-' || v[7] != '-')
        return bad(instantForms());
    const int month = digits(v, 5, 2);
    const int day = digits(v, 8, 2);
    if (month < 0 || day < 0)
        return bad(instantForms());
    if (month < 1 || month > 12)
        return bad(QCoreApplication::translate("ValueParsers", "there is no month %1").arg(month));
    if (day < 1 || day > daysInMonth(year, month))
        return bad(QCoreApplication::translate("ValueParsers", "%1-%2 has no day %3")
                       .arg(year, 4, 10, QLatin1Char('0'))
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(day));
    // An offset may push an instant out of the years 1 to 9999 in UTC, where it could not be
    // written back in this format (an export of it would be an empty cell).
    auto inCalendar = [&](qint64 utc) -> Result<qint64> {
        if (utc < kFirstInstant)
            return bad(QCoreApplication::translate(
                "ValueParsers", "it is before 0001-01-01T00:00:00Z, the first instant Rapport can store"));
        if (utc > kLastInstant)
            return bad(QCoreApplication::translate(
                "ValueParsers", "it is after 9999-12-31T23:59:59Z, the last instant Rapport can store"));
        return utc;
    };
    qint64 seconds = utc::daysFromCivil(year, month, day) * utc::kSecondsPerDay;
    if (v.size() == 10)
        return inCalendar(seconds);

    qsizetype pos = 10;
    if (v[pos] != 'T' && v[pos] != 't')
        return bad(instantForms());
    ++pos;
    const int hour = digits(v, pos, 2);
    if (hour < 0 || pos + 2 >= v.size() || v[pos + 2] != ':')
        return bad(instantForms());
    const int minute = digits(v, pos + 3, 2);
    if (minute < 0)
        return bad(instantForms());
    pos += 5;
    int second = 0;
    if (pos < v.size() && v[pos] == ':') {
        second = digits(v, pos + 1, 2);
        if (second < 0)
            return bad(instantForms());
        pos += 3;
        if (pos < v.size() && (v[pos] == '.' || v[pos] == ',')) {
            // Fractions of a second: accepted (other CRMs write milliseconds) and dropped.
            ++pos;
            const qsizetype start = pos;
            while (pos < v.size() && isDigit(v[pos]))
                ++pos;
            if (pos == start)
                return bad(instantForms());
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return bad(QCoreApplication::translate("ValueParsers", "the time of day is out of range"));
    seconds += hour * 3600 + minute * 60 + second;

    if (pos == v.size())
        return bad(QCoreApplication::translate(
            "ValueParsers", "a time needs a zone: add Z for UTC or an offset such as +02:00"));
    if ((v[pos] == 'Z' || v[pos] == 'z') && pos + 1 == v.size())
        return inCalendar(seconds);
    if (v[pos] != '+' && v[pos] != '-')
        return bad(instantForms());
    const int sign = v[pos] == '-' ? -1 : 1;
    ++pos;
    const int offHours = digits(v, pos, 2);
    if (offHours < 0)
        return bad(instantForms());
    pos += 2;
    int offMinutes = 0;
    if (pos < v.size()) {
        if (v[pos] == ':')
            ++pos;
        offMinutes = digits(v, pos, 2);
        if (offMinutes < 0 || pos + 2 != v.size())
            return bad(instantForms());
    }
    if (offHours > 18 || offMinutes > 59)
        return bad(QCoreApplication::translate("ValueParsers", "the zone offset is out of range"));
    // Local time = UTC + offset, so UTC = local time - offset.
    return inCalendar(seconds - sign * (offHours * 3600 + offMinutes * 60));
}

Result<QDateTime> ValueParsers::instant(const QString& text)
{
    auto s = instantSeconds(QByteArrayView(text.toUtf8()));
    if (!s)
        return s.error();
    return QDateTime::fromSecsSinceEpoch(*s, Qt::UTC);
}

Result<qint64> ValueParsers::amountCents(QByteArrayView text)
{
    const QByteArrayView v = trimmed(text);
    auto bad = [&](const QString& why) {
        return reason(
            QCoreApplication::translate("ValueParsers", "%1 is not a valid amount: %2").arg(shown(v), why));
    };
    if (v.isEmpty())
        return reason(QCoreApplication::translate("ValueParsers", "no value"));
    qsizetype pos = 0;
    const bool negative = v[0] == '-';
    if (negative)
        ++pos;
    qint64 units = 0;
    int unitDigits = 0;
    auto tooLarge = [&] {
        return bad(QCoreApplication::translate("ValueParsers",
                                               "larger than %1, the largest amount of one interaction")
                       .arg(formatAmount(kMaxAmountCents)));
    };
    while (pos < v.size() && isDigit(v[pos])) {
        // Checked digit by digit, so that no run of digits can overflow.
        units = units * 10 + (v[pos] - '0');
        if (units > kMaxAmountCents / 100)
            return tooLarge();
        ++unitDigits;
        ++pos;
    }
    if (unitDigits == 0)
        return bad(QCoreApplication::translate(
            "ValueParsers", "expected digits such as 19.99 or -5 (\".\" as the decimal separator, no "
                            "currency sign or thousands separator)"));
    qint64 cents = 0;
    if (pos < v.size()) {
        if (v[pos] != '.')
            return bad(
                v[pos] == ','
                    ? QCoreApplication::translate(
                          "ValueParsers", "use \".\" as the decimal separator and no thousands separator")
                    : QCoreApplication::translate("ValueParsers", "expected digits such as 19.99 or -5"));
        ++pos;
        const qsizetype decimals = v.size() - pos;
        if (decimals == 0)
            return bad(QCoreApplication::translate("ValueParsers", "digits must follow the decimal point"));
        if (decimals > 2)
            return bad(QCoreApplication::translate("ValueParsers", "at most two decimals are allowed"));
        for (qsizetype i = 0; i < decimals; ++i) {
            if (!isDigit(v[pos + i]))
                return bad(
                    QCoreApplication::translate("ValueParsers", "expected digits such as 19.99 or -5"));
        }
        cents = (v[pos] - '0') * 10 + (decimals == 2 ? v[pos + 1] - '0' : 0);
    }
    const qint64 total = units * 100 + cents;
    if (total > kMaxAmountCents)
        return tooLarge();
    return negative ? -total : total;
}

Result<qint64> ValueParsers::amountCents(const QString& text)
{
    return amountCents(QByteArrayView(text.toUtf8()));
}

Result<int> ValueParsers::score(SurveyKind survey, QByteArrayView text)
{
    const QByteArrayView v = trimmed(text);
    if (v.isEmpty())
        return reason(QCoreApplication::translate("ValueParsers", "no value"));
    const ScoreRange range = scoreRange(survey);
    const QString scale = QCoreApplication::translate("ValueParsers", "%1 scale %2 to %3")
                              .arg(toString(survey).toUpper())
                              .arg(range.min)
                              .arg(range.max);
    qsizetype pos = v[0] == '-' ? 1 : 0;
    if (pos == v.size() || v.size() > 4)
        return reason(QCoreApplication::translate("ValueParsers", "%1 is not a whole number on the %2")
                          .arg(shown(v), scale));
    int value = 0;
    for (; pos < v.size(); ++pos) {
        if (!isDigit(v[pos]))
            return reason(QCoreApplication::translate("ValueParsers", "%1 is not a whole number on the %2")
                              .arg(shown(v), scale));
        value = value * 10 + (v[pos] - '0');
    }
    if (v[0] == '-')
        value = -value;
    if (value < range.min || value > range.max)
        return reason(
            QCoreApplication::translate("ValueParsers", "%1 is outside the %2").arg(value).arg(scale));
    return value;
}

Result<int> ValueParsers::score(SurveyKind survey, const QString& text)
{
    return score(survey, QByteArrayView(text.toUtf8()));
}

QString ValueParsers::formatInstant(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString ValueParsers::formatInstant(const QDateTime& t)
{
    return formatInstant(t.toSecsSinceEpoch());
}

QString ValueParsers::formatAmount(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QByteArrayView ValueParsers::cellText(QByteArrayView cell)
{
    // Exactly the leads the writer neutralises, from the writer's own list.
    if (cell.size() >= 2 && cell[0] == '\'' && CsvWriter::isNeutralisedLead(cell[1]))
        return cell.sliced(1);
    return cell;
}

QByteArray ValueParsers::reasonKey(QByteArrayView text)
{
    return reasonKey(QString::fromUtf8(text)).toUtf8();
}

QString ValueParsers::reasonKey(const QString& text)
{
    return text.simplified().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

QString ValueParsers::cellText(const QString& cell)
{
    const QByteArray utf8 = cell.toUtf8();
    const QByteArrayView v = cellText(QByteArrayView(utf8));
    return v.size() == utf8.size() ? cell : cell.mid(1);
}

} // namespace rapport::core
