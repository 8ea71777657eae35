#include "services/BookSettingsService.h"

#include "TestSupport.h"
#include "storage/SettingsRepository.h"

// The book's currency lives in its settings table: on a real file and on the team server
// alike, read by a second connection as by the first.
using namespace rapport;

namespace {

struct Book : test::BookOnEngine
{
    std::unique_ptr<core::Database> first = test::openOrFail(where);
};

} // namespace

TEST_CASE("a book's currency is stored, read back by another connection, changed and cleared",
          "[engines][services][currency]")
{
    Book book;
    core::BookSettingsService settings(*book.first);
    auto none = settings.currency();
    REQUIRE_OK(none);
    CHECK(none->isEmpty()); // a book made before currencies: none, never a guess

    REQUIRE_OK(settings.setCurrency(QStringLiteral("EUR")));
    {
        auto other = test::openOrFail(book.where);
        auto read = core::BookSettingsService(*other).currency();
        REQUIRE_OK(read);
        CHECK(*read == QStringLiteral("EUR"));
        auto raw = core::SettingsRepository(*other).value(QStringLiteral("currency"));
        REQUIRE_OK(raw);
        CHECK(*raw == QStringLiteral("EUR"));
    }

    REQUIRE_OK(settings.setCurrency(QStringLiteral("CHF")));
    CHECK(*settings.currency() == QStringLiteral("CHF"));

    // Invalid codes write nothing.
    for (const char* bad : {"chf", "EURO", "ZZZ", ""})
        CHECK_FALSE(settings.setCurrency(QString::fromLatin1(bad)).ok());
    CHECK(*settings.currency() == QStringLiteral("CHF"));

    REQUIRE_OK(settings.clearCurrency());
    CHECK(settings.currency()->isEmpty());
}

TEST_CASE("a stored currency that is no code at all is an error, not a symbol", "[services][currency]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    REQUIRE_OK(core::SettingsRepository(*db).setValue(QStringLiteral("currency"), QStringLiteral("euros")));
    CHECK_FALSE(core::BookSettingsService(*db).currency().ok());
    // A well-formed code a newer Qt may know still reads.
    REQUIRE_OK(core::SettingsRepository(*db).setValue(QStringLiteral("currency"), QStringLiteral("ZZZ")));
    auto read = core::BookSettingsService(*db).currency();
    REQUIRE_OK(read);
    CHECK(*read == QStringLiteral("ZZZ"));
}

TEST_CASE("a conditional currency change writes only while the book still holds what was read",
          "[engines][services][currency]")
{
    Book book;
    auto second = test::openOrFail(book.where);
    core::BookSettingsService mine(*book.first);
    core::BookSettingsService theirs(*second);

    // From none: the first of two writers wins, the second is told and writes nothing.
    REQUIRE_OK(mine.changeCurrency({}, QStringLiteral("EUR")));
    core::Status late = theirs.changeCurrency({}, QStringLiteral("USD"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == core::ErrorKind::Conflict);
    CHECK(*theirs.currency() == QStringLiteral("EUR"));

    // From a code: only from the one stored.
    CHECK(theirs.changeCurrency(QStringLiteral("GBP"), QStringLiteral("USD")).error().kind ==
          core::ErrorKind::Conflict);
    REQUIRE_OK(theirs.changeCurrency(QStringLiteral("EUR"), QStringLiteral("USD")));
    CHECK(*mine.currency() == QStringLiteral("USD"));

    // Back to none: only from the one stored, too.
    CHECK(mine.changeCurrency(QStringLiteral("EUR"), {}).error().kind == core::ErrorKind::Conflict);
    CHECK(*mine.currency() == QStringLiteral("USD"));
    REQUIRE_OK(mine.changeCurrency(QStringLiteral("USD"), {}));
    CHECK(theirs.currency()->isEmpty());

    // Undo may put back a well-formed code this Qt does not know; never text that is no code.
    REQUIRE_OK(mine.changeCurrency({}, QStringLiteral("ZZZ")));
    CHECK(*theirs.currency() == QStringLiteral("ZZZ"));
    CHECK_FALSE(mine.changeCurrency(QStringLiteral("ZZZ"), QStringLiteral("euro")).ok());
    CHECK(*theirs.currency() == QStringLiteral("ZZZ"));
}
