#include "TestSupport.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "storage/RepRepository.h"

#include <QLabel>
#include <QTest>

using namespace rapport;

TEST_CASE("the main window shows the open database's counts", "[app]")
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    REQUIRE_OK(core::RepRepository(session.database()).insert({QStringLiteral("r1"), QStringLiteral("Rita"),
                                                                core::RepRole::Rep}));
    emit session.changed();
    auto* reps = window.findChild<QLabel*>(QStringLiteral("repsCountLabel"));
    REQUIRE(reps != nullptr);
    // Counted on the list worker.
    REQUIRE(QTest::qWaitFor([&] { return reps->text() == QStringLiteral("1"); }, 10000));
}
