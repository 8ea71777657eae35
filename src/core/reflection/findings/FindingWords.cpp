#include "reflection/findings/FindingWords.h"

#include "reflection/findings/FindingContext.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace rapport::core::findings {

qint64 FindingWords::onceIn(double z)
{
    const double p = std::erfc(std::abs(z) / std::sqrt(2.0));
    qint64 n = 1;
    // p <= 1/(10 n) means "less than once in 10 n" is still true.
    while (n < 1000000000 && p * static_cast<double>(n) * 10.0 <= 1.0)
        n *= 10;
    return n;
}

QString FindingWords::count(qint64 n)
{
    return QLocale().toString(n);
}

QString FindingWords::chance(Chance kind, double z, double bar)
{
    const char* text = nullptr;
    switch (kind) {
    case Chance::Gap:
        text = QT_TRANSLATE_NOOP("FindingWords", "A gap this large would arise by chance less than once in "
                                                 "%1 such comparisons (z = %2, the bar is %3).");
        break;
    case Chance::Change:
        text = QT_TRANSLATE_NOOP("FindingWords", "A change this large would arise by chance less than once "
                                                 "in %1 such comparisons (z = %2, the bar is %3).");
        break;
    case Chance::Changes:
        text = QT_TRANSLATE_NOOP("FindingWords",
                                 "Each of these changes would arise by chance less than once in %1 such "
                                 "comparisons (the weakest has z = %2, the bar is %3).");
        break;
    case Chance::Trends:
        text = QT_TRANSLATE_NOOP("FindingWords",
                                 "Each of these trends would arise by chance less than once in %1 such "
                                 "series (the weaker has z = %2, the bar is %3).");
        break;
    case Chance::Rise:
        text = QT_TRANSLATE_NOOP("FindingWords", "A rise this large would arise by chance less than once in "
                                                 "%1 such comparisons (z = %2, the bar is %3).");
        break;
    }
    return QCoreApplication::translate("FindingWords", text).arg(count(onceIn(z)), fmt(z, 1), fmt(bar, 2));
}

} // namespace rapport::core::findings
