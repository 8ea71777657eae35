#include "widgets/MoneyText.h"

#include "common/Currency.h"

namespace rapport::app {
namespace {

QString& bookCurrency()
{
    static QString code;
    return code;
}

} // namespace

void MoneyText::setCurrency(const QString& code)
{
    bookCurrency() = code;
}

QString MoneyText::currency()
{
    return bookCurrency();
}

QString MoneyText::symbol()
{
    return core::Currency::symbol(bookCurrency());
}

QString MoneyText::units(double amount)
{
    return core::Currency::format(amount, bookCurrency());
}

QString MoneyText::cents(qint64 cents)
{
    return core::Currency::formatCents(cents, bookCurrency());
}

} // namespace rapport::app
