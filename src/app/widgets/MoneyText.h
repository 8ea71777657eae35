#pragma once

#include "common/Result.h"

#include <QString>

namespace rapport::app {

// Money as the screens show it: in the user's locale with the symbol of the open book's
// currency, or without a symbol while the book has none. The program has one window and one
// open book (main.cpp), so the book's code is kept here, set by DatabaseSession whenever a
// book opens, closes or changes its currency, instead of being passed to every model.
class MoneyText
{
public:
    static void setCurrency(const QString& code); // ISO 4217 code; empty = none
    static QString currency();
    static QString symbol();             // empty while the book has no currency
    static QString units(double amount); // as MetricsResult::value() gives money
    static QString cents(qint64 cents);  // exact, for stored amounts
    // Typed money as cents: the interchange form ("1234.50"), or with the locale's decimal
    // comma when there is no dot ("19,99" in German). Digit groups are refused, not guessed:
    // "1.234" means 1.234 in one locale and 1234 in another.
    static core::Result<qint64> parseCents(const QString& text);
};

} // namespace rapport::app
