#include "metrics/PeriodName.h"

namespace rapport::core {

QString PeriodName::of(const Period& period, const QLocale& locale)
{
    const QDate first = period.start().date();
    switch (period.kind()) {
    case Period::Kind::Year:
    case Period::Kind::Quarter:
        return period.label(); // "2026-Q3" reads the same in every language
    case Period::Kind::Month:
        // The year as digits: QLocale would group them ("2.026" in German).
        return QStringLiteral("%1 %2").arg(locale.standaloneMonthName(first.month(), QLocale::LongFormat),
                                           QString::number(first.year()));
    case Period::Kind::Range:
        break;
    }
    const QDate last = QDateTime::fromSecsSinceEpoch(period.endSeconds() - 1, Qt::UTC).date();
    if (first == last)
        return locale.toString(first, QLocale::ShortFormat);
    return QStringLiteral("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                         locale.toString(last, QLocale::ShortFormat));
}

} // namespace rapport::core
