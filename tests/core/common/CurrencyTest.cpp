#include "common/Currency.h"

#include "TestSupport.h"

#include <algorithm>

// How money reads: the locale's pattern with the book's symbol. Expectations are written by
// hand from CLDR's patterns (German: "1.234,50 €" with a no-break space; US English:
// "$1,234.50").
using namespace rapport;

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QString kNbsp = QString(QChar(0x00A0));

} // namespace

TEST_CASE("money reads in the locale's pattern with the currency's symbol", "[currency]")
{
    CHECK(core::Currency::format(1234.5, QStringLiteral("EUR"), kGerman) ==
          QStringLiteral("1.234,50") + kNbsp + QStringLiteral("€"));
    CHECK(core::Currency::format(1234.5, QStringLiteral("USD"), kUs) == QStringLiteral("$1,234.50"));
    // A currency that is not the locale's own still shows its usual symbol.
    CHECK(core::Currency::format(1234.5, QStringLiteral("USD"), kGerman) ==
          QStringLiteral("1.234,50") + kNbsp + QStringLiteral("$"));
    CHECK(core::Currency::format(1234.5, QStringLiteral("EUR"), kUs) == QStringLiteral("€1,234.50"));
    CHECK(core::Currency::format(-1234.5, QStringLiteral("EUR"), kGerman) ==
          QStringLiteral("-1.234,50") + kNbsp + QStringLiteral("€"));
}

TEST_CASE("a book without a currency shows plain numbers, never a guessed symbol", "[currency]")
{
    CHECK(core::Currency::format(1234.5, QString(), kGerman) == QStringLiteral("1.234,50"));
    CHECK(core::Currency::format(1234.5, QString(), kUs) == QStringLiteral("1,234.50"));
    CHECK(core::Currency::formatCents(-123456, QString(), kGerman) == QStringLiteral("-1.234,56"));
    CHECK(core::Currency::symbol(QString(), kUs).isEmpty());
}

TEST_CASE("amounts in cents read exactly, with the pattern of the sign", "[currency]")
{
    CHECK(core::Currency::formatCents(123450, QStringLiteral("EUR"), kGerman) ==
          QStringLiteral("1.234,50") + kNbsp + QStringLiteral("€"));
    CHECK(core::Currency::formatCents(-5, QStringLiteral("EUR"), kGerman) ==
          QStringLiteral("-0,05") + kNbsp + QStringLiteral("€"));
    // Beyond what a double holds to the cent: 2^53 + 1 cents.
    CHECK(core::Currency::formatCents(9007199254740993LL, QStringLiteral("USD"), kUs) ==
          QStringLiteral("$90,071,992,547,409.93"));
    CHECK(core::Currency::formatCents(0, QStringLiteral("USD"), kUs) == QStringLiteral("$0.00"));
}

TEST_CASE("symbols: the locale's own, else the most common one, else the code", "[currency]")
{
    CHECK(core::Currency::symbol(QStringLiteral("EUR"), kGerman) == QStringLiteral("€"));
    CHECK(core::Currency::symbol(QStringLiteral("USD"), kUs) == QStringLiteral("$"));
    CHECK(core::Currency::symbol(QStringLiteral("GBP"), kGerman) == QStringLiteral("£"));
    CHECK(core::Currency::symbol(QStringLiteral("CAD"), QLocale(QLocale::English, QLocale::Canada)) ==
          QStringLiteral("$"));
    CHECK(core::Currency::symbol(QStringLiteral("CAD"), kUs) == QStringLiteral("CA$"));
    // Well-formed but unknown to Qt's tables: the code stands for itself.
    CHECK(core::Currency::symbol(QStringLiteral("XAU"), kUs) == QStringLiteral("XAU"));
}

TEST_CASE("only three capital letters that Qt knows as a currency are accepted", "[currency]")
{
    for (const char* good : {"EUR", "USD", "GBP", "JPY", "CHF", "SEK"}) {
        INFO(good);
        CHECK(core::Currency::validate(QString::fromLatin1(good)).ok());
    }
    for (const char* bad : {"", "eur", "EU", "EURO", "E1R", " EUR", "XAU", "ZZZ"}) {
        INFO(bad);
        CHECK_FALSE(core::Currency::validate(QString::fromLatin1(bad)).ok());
    }
    CHECK(core::Currency::isWellFormed(QStringLiteral("ZZZ")));
    CHECK_FALSE(core::Currency::isKnown(QStringLiteral("ZZZ")));
    const QStringList codes = core::Currency::knownCodes();
    CHECK(codes.contains(QStringLiteral("EUR")));
    CHECK(codes.size() > 100);
    CHECK(std::is_sorted(codes.begin(), codes.end()));
}

TEST_CASE("the C locale, which has no currency pattern, writes the code after the number", "[currency]")
{
    CHECK(core::Currency::format(1234.5, QStringLiteral("EUR"), QLocale::c()) ==
          QStringLiteral("1234.50 EUR"));
    CHECK(core::Currency::formatCents(-5, QStringLiteral("USD"), QLocale::c()) ==
          QStringLiteral("-0.05 USD"));
    CHECK(core::Currency::format(1234.5, QString(), QLocale::c()) == QStringLiteral("1234.50"));
}
