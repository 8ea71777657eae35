#include "common/Currency.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <map>

namespace rapport::core {
namespace {

// Per ISO code, how many of Qt's locales show each symbol for it. Built once: a few hundred
// locales, read from Qt's tables.
const QHash<QString, std::map<QString, int>>& symbolsByCode()
{
    static const QHash<QString, std::map<QString, int>> table = [] {
        QHash<QString, std::map<QString, int>> t;
        for (const QLocale& l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!Currency::isWellFormed(code))
                continue;
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            auto& counts = t[code];
            if (!symbol.isEmpty())
                ++counts[symbol];
        }
        return t;
    }();
    return table;
}

} // namespace

bool Currency::isWellFormed(const QString& code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

bool Currency::isKnown(const QString& code)
{
    return isWellFormed(code) && symbolsByCode().contains(code);
}

Status Currency::validate(const QString& code)
{
    if (!isWellFormed(code))
        return Error::make(
            QCoreApplication::translate(
                "rapport::core::Currency",
                "A currency is an ISO 4217 code of three capital letters, such as EUR, not '%1'.")
                .arg(code));
    if (!isKnown(code))
        return Error::make(
            QCoreApplication::translate("rapport::core::Currency", "%1 is not a currency this program knows.")
                .arg(code));
    return {};
}

QStringList Currency::knownCodes()
{
    QStringList codes = symbolsByCode().keys();
    codes.sort();
    return codes;
}

QString Currency::symbol(const QString& code, const QLocale& locale)
{
    if (code.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const auto it = symbolsByCode().constFind(code);
    if (it == symbolsByCode().constEnd() || it->empty())
        return code;
    // The most common symbol; on a tie the first in order, so the choice never varies.
    const auto best = std::max_element(it->begin(), it->end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;
}

QString Currency::format(double amount, const QString& code, const QLocale& locale, int decimals)
{
    if (code.isEmpty())
        return locale.toString(amount, 'f', decimals);
    // The C locale (LANG unset, LC_ALL=C) has no currency pattern and would glue the symbol on
    // ("1234.50€"): plain ASCII with the code reads better in scripts and logs.
    if (locale.language() == QLocale::C)
        return locale.toString(amount, 'f', decimals) + QLatin1Char(' ') + code;
    return locale.toCurrencyString(amount, symbol(code, locale), decimals);
}

QString Currency::formatCents(qint64 cents, const QString& code, const QLocale& locale)
{
    // Whole units and cents formatted separately, so no amount goes through floating point;
    // the digits then take the place of "1.00" in the locale's pattern for one unit (or
    // minus one), which puts symbol, sign and spacing where the locale wants them.
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString digits = locale.toString(magnitude / 100) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const double one = cents < 0 ? -1.0 : 1.0;
    QString pattern = code.isEmpty() ? locale.toString(one, 'f', 2) : format(one, code, locale);
    return pattern.replace(locale.toString(1.0, 'f', 2), digits);
}

} // namespace rapport::core
