#include "shell/LanguageMenu.h"

#include "TestSupport.h"
#include "app/WorkspaceFixture.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace rapport;

namespace {

struct LanguageScope
{
    ~LanguageScope() { QSettings().remove(QStringLiteral("interface/language")); }
};

} // namespace

TEST_CASE("Edit › Language keeps the choice for the next start and says when it applies", "[app]")
{
    LanguageScope scope;
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    REQUIRE(menu != nullptr);
    auto* system = menu->findChild<QAction*>(QStringLiteral("languageSystemAction"));
    auto* german = menu->findChild<QAction*>(QStringLiteral("languagedeAction"));
    auto* english = menu->findChild<QAction*>(QStringLiteral("languageenAction"));
    REQUIRE(system != nullptr);
    REQUIRE(german != nullptr);
    REQUIRE(english != nullptr);
    CHECK(german->text() == QStringLiteral("Deutsch")); // each language in its own words
    CHECK(system->isChecked());
    CHECK(app::LanguageMenu::stored().isEmpty());

    german->trigger();
    CHECK(german->isChecked());
    CHECK_FALSE(system->isChecked());
    CHECK(app::LanguageMenu::stored() == QStringLiteral("de"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("started again")));

    system->trigger();
    CHECK(app::LanguageMenu::stored().isEmpty());
}
