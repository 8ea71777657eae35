// Issue 20, item 10: Switch Rep marks the manager.

#include "shell/RepPicker.h"

#include "TestSupport.h"

using namespace rapport;

TEST_CASE("Switch Rep lists each rep by name and id and marks the manager", "[issue20]")
{
    core::Rep rep;
    rep.id = QStringLiteral("fbrennan");
    rep.name = QStringLiteral("Finn Brennan");
    core::Rep manager;
    manager.id = QStringLiteral("mlead");
    manager.name = QStringLiteral("Maya Lead");
    manager.role = core::RepRole::Manager;
    CHECK(
        app::RepPicker::choices({rep, manager}) ==
        QStringList{QStringLiteral("Finn Brennan (fbrennan)"), QStringLiteral("Maya Lead (mlead, manager)")});
}
