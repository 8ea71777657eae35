#include "TestSupport.h"
#include "domain/Rep.h"
#include "services/BookSettingsService.h"
#include "services/TeamService.h"
#include "storage/RepRepository.h"

// On a team server everyone reads the book's currency; only a manager (or the book's owner)
// changes it: a rep's write is refused by the server and changes nothing (team.md).
using namespace rapport;

TEST_CASE("On a team server a rep reads the book's currency but cannot change it", "[.][server]")
{
    const QString uri = test::newServerDatabase();
    auto admin = test::openOrFail(uri);
    REQUIRE_OK(core::RepRepository(*admin).insert(
        {QStringLiteral("r1"), QStringLiteral("Rep"), core::RepRole::Rep}));
    REQUIRE_OK(core::BookSettingsService(*admin).setCurrency(QStringLiteral("EUR")));
    const QString rep = test::serverLogin("alice");
    const QString manager = test::serverLogin("mona");
    core::TeamService team(*admin);
    REQUIRE_OK(team.addUser({rep, QStringLiteral("rep"), QStringLiteral("r1"), true}));
    REQUIRE_OK(team.addUser({manager, QStringLiteral("manager"), {}, true}));

    auto asRep = test::openOrFail(test::serverUriAs(uri, rep));
    // What the window asks before it offers Book Settings.
    CHECK_FALSE(*core::BookSettingsService(*asRep).canChange());
    CHECK(*core::BookSettingsService(*admin).canChange());
    auto read = core::BookSettingsService(*asRep).currency();
    REQUIRE_OK(read);
    CHECK(*read == QStringLiteral("EUR"));
    CHECK_FALSE(core::BookSettingsService(*asRep).setCurrency(QStringLiteral("USD")).ok());
    CHECK(test::serverScalar(uri, "SELECT value FROM settings WHERE key = 'currency'") ==
          QStringLiteral("EUR"));

    auto asManager = test::openOrFail(test::serverUriAs(uri, manager));
    CHECK(*core::BookSettingsService(*asManager).canChange());
    REQUIRE_OK(core::BookSettingsService(*asManager).setCurrency(QStringLiteral("USD")));
    CHECK(*core::BookSettingsService(*asRep).currency() == QStringLiteral("USD"));
}
