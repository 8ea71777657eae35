#include "common/DateText.h"

#include <QRegularExpression>

namespace rapport::core {

namespace {

bool isC(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}

} // namespace

QString DateText::dateFormat(const QLocale& locale)
{
    if (isC(locale))
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A lone "yy" (two-digit year) becomes "yyyy"; a "yyyy" already there stays.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString DateText::timeFormat(const QLocale& locale)
{
    if (isC(locale))
        return QStringLiteral("HH:mm");
    // Some locales' short time carries seconds; a person never needs them here.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

QString DateText::date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::utcDay(const QDateTime& instant, const QLocale& locale)
{
    return instant.isValid() ? date(instant.toUTC().date(), locale) : QString();
}

QString DateText::dateTime(const QDateTime& instant, const QLocale& locale)
{
    if (!instant.isValid())
        return QString();
    return locale.toString(instant, dateFormat(locale) + QLatin1Char(' ') + timeFormat(locale));
}

} // namespace rapport::core
