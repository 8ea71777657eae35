#include "common/Translations.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace rapport;

namespace {

// Takes the catalogues a test installed away again, so the other tests read English.
struct TranslatorsRemoved
{
    ~TranslatorsRemoved()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

} // namespace

TEST_CASE("the German catalogue is embedded and English needs none")
{
    CHECK(core::Translations::available() == QStringList{QStringLiteral("en"), QStringLiteral("de")});
}

TEST_CASE("installing German translates texts filed under a class in a nested namespace")
{
    TranslatorsRemoved cleanup;
    REQUIRE(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("de")) ==
            QStringLiteral("de"));
    CHECK(core::Translations::language() == QStringLiteral("de"));
    // tr() in rapport::app::MainWindow asks with the qualified name; lupdate filed it bare.
    CHECK(QCoreApplication::translate("rapport::app::MainWindow", "&Help") == QStringLiteral("&Hilfe"));
    CHECK(QCoreApplication::translate("MainWindow", "&Help") == QStringLiteral("&Hilfe"));
    // An unknown text stays as it is.
    CHECK(QCoreApplication::translate("rapport::app::MainWindow", "no such text") ==
          QStringLiteral("no such text"));
}

TEST_CASE("a regional variant falls back to its language")
{
    TranslatorsRemoved cleanup;
    CHECK(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("de_AT")) ==
          QStringLiteral("de"));
    CHECK(QCoreApplication::translate("MainWindow", "&Help") == QStringLiteral("&Hilfe"));
}

TEST_CASE("English or a language without a catalogue leaves the texts in English")
{
    TranslatorsRemoved cleanup;
    CHECK(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")) ==
          QStringLiteral("en"));
    CHECK(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")) ==
          QStringLiteral("en"));
    CHECK(QCoreApplication::translate("MainWindow", "&Help") == QStringLiteral("&Help"));
    // English has real plurals, and %Ln writes the count as the locale does.
    REQUIRE(core::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")) ==
            QStringLiteral("en"));
    CHECK(QCoreApplication::translate("rapport::app::CustomersView", "%Ln customer(s)", nullptr, 1) ==
          QStringLiteral("1 customer"));
    CHECK(QCoreApplication::translate("rapport::app::CustomersView", "%Ln customer(s)", nullptr, 12345) ==
          QLocale().toString(12345) + QStringLiteral(" customers"));
    CHECK(core::Translations::language() == QStringLiteral("en"));
}
