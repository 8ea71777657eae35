#include "widgets/MoneyText.h"

#include "common/Currency.h"
#include "interchange/ValueParsers.h"

#include <QLocale>

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

core::Result<qint64> MoneyText::parseCents(const QString& text)
{
    QString v = text.trimmed();
    const QString comma = QLocale().decimalPoint();
    if (comma != QLatin1String(".") && v.contains(comma) && !v.contains(QLatin1Char('.')))
        v.replace(comma, QStringLiteral("."));
    return core::ValueParsers::amountCents(v);
}

} // namespace rapport::app
