#include "services/ChangeWatcher.h"

#include "TestSupport.h"
#include "domain/Rep.h"
#include "storage/RepRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>

// Live refresh on a team server: a write on one connection reaches a watcher on another
// within moments, and one's own writes do not come back as someone else's.
TEST_CASE("A teammate's write reaches the other connection's watcher within two seconds", "[.][server]")
{
    using namespace rapport;
    const QString uri = test::newServerDatabase();
    auto mine = test::openOrFail(uri);
    auto theirs = test::openOrFail(uri);
    core::ChangeWatcher watcher(*mine);
    REQUIRE(watcher.isListening());
    QSignalSpy spy(&watcher, &core::ChangeWatcher::changedElsewhere);

    // My own write is not news to me.
    REQUIRE_OK(
        core::RepRepository(*mine).insert({QStringLiteral("r1"), QStringLiteral("One"), core::RepRole::Rep}));
    CHECK_FALSE(spy.wait(500));

    QElapsedTimer clock;
    clock.start();
    REQUIRE_OK(core::RepRepository(*theirs).insert(
        {QStringLiteral("r2"), QStringLiteral("Two"), core::RepRole::Rep}));
    REQUIRE(spy.wait(2000));
    CHECK(clock.elapsed() < 2000);
    CHECK(spy.first().first().toString() == QStringLiteral("reps"));
}

TEST_CASE("A watcher on a file never fires and says it is not listening", "[services]")
{
    using namespace rapport;
    test::TempDatabase temp;
    auto db = temp.open();
    core::ChangeWatcher watcher(*db);
    CHECK_FALSE(watcher.isListening());
}
