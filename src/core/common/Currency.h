#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport::core {

// The money of a book of business: an ISO 4217 code ("EUR") and how amounts in it read in a
// locale ("1.234,50 €" in German, "€1,234.50" in English). Money is stored as whole cents and
// computed as currency units (double); only people see symbols, exports never do.
class Currency
{
public:
    // Three ASCII capital letters: the shape of an ISO 4217 code.
    static bool isWellFormed(const QString& code);
    // A code that some locale of this Qt uses (CLDR), so that a symbol can be found for it.
    // A book only accepts known codes; a well-formed code stored by a newer client still reads
    // (its symbol is then the code itself).
    static bool isKnown(const QString& code);
    // Ok for a known code, else an error naming the rule.
    static Status validate(const QString& code);
    // Every known code, sorted: the choices of a picker.
    static QStringList knownCodes();
    // The symbol of `code` for a reader in `locale`: the locale's own symbol when the locale
    // uses that currency; otherwise the symbol most locales that use it show ("$" for USD,
    // "CA$" for CAD); the code itself when no locale knows one. Empty for an empty code.
    static QString symbol(const QString& code, const QLocale& locale = QLocale());
    // An amount in currency units with the symbol in the locale's pattern (two decimals unless
    // told; reports round large sums to whole units); without a symbol (a plain number) when
    // `code` is empty, that is, the book has none yet. In the C locale: "1234.50 EUR".
    static QString format(double amount, const QString& code, const QLocale& locale = QLocale(),
                          int decimals = 2);
    static QString formatCents(qint64 cents, const QString& code, const QLocale& locale = QLocale());
};

} // namespace rapport::core
