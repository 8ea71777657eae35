#include "TestSupport.h"
#include "app/connection/ModalWatcher.h"
#include "app/dashboard/DashboardFixture.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MetricTile.h"
#include "services/BookSettingsService.h"
#include "shell/BookSettingsDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/SetCurrencyCommand.h"
#include "widgets/DisplayText.h"
#include "widgets/MoneyText.h"

#include <QAction>
#include <QComboBox>
#include <QLocale>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace rapport;

namespace {

// The default locale for one test, put back afterwards (other tests expect C).
struct DefaultLocale
{
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
};

const QString kNbsp = QString(QChar(0x00A0));

} // namespace

TEST_CASE("File › Book Settings… changes the book's currency from the keyboard, and undo takes it back",
          "[app][currency]")
{
    DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    test::TempDatabase temp;
    temp.open(); // a book made before currencies: none stored
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), false));
    // No guess: amounts without a symbol, and a hint where to choose.
    CHECK(app::MoneyText::currency().isEmpty());
    CHECK(app::DisplayText::amount(123450) == QStringLiteral("1.234,50"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no currency yet")));

    auto* action = window.findChild<QAction*>(QStringLiteral("bookSettingsAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->text().contains(QLatin1Char('&'))); // a mnemonic in the File menu
    bool offered = false;
    auto watcher = test::whenModal<app::BookSettingsDialog>([&offered](app::BookSettingsDialog& dialog) {
        auto* combo = test::child<QComboBox>(dialog, "currencyCombo");
        offered = combo->hasFocus() || dialog.focusWidget() == combo;
        // Typing the code picks it; Return is OK.
        QTest::keyClicks(combo, QStringLiteral("GBP"));
        QTest::keyClick(&dialog, Qt::Key_Return);
    });
    action->trigger();
    CHECK(offered);
    auto stored = core::BookSettingsService(session.database()).currency();
    REQUIRE_OK(stored);
    CHECK(*stored == QStringLiteral("GBP"));
    CHECK(app::MoneyText::currency() == QStringLiteral("GBP"));
    CHECK(app::DisplayText::amount(123450) == QStringLiteral("1.234,50") + kNbsp + QStringLiteral("£"));
    CHECK(session.undoStack().undoText() == QStringLiteral("Set currency to GBP"));

    session.undoStack().undo();
    CHECK(core::BookSettingsService(session.database()).currency()->isEmpty());
    CHECK(app::MoneyText::currency().isEmpty());
    session.undoStack().redo();
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("GBP"));

    session.close();
    CHECK(app::MoneyText::currency().isEmpty()); // nothing carried over to the next book
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("the dashboard's money tiles follow the locale and the book's currency",
          "[app][dashboard][currency]")
{
    test::DashboardFixture f; // sets US English
    DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    app::DashboardView view(f.session, f.clock);
    view.show();
    const core::Period august = core::Period::month(2026, 8);
    view.setPeriod(august);
    auto revenue = [&view] { return view.tile(QStringLiteral("revenue"))->valueText(); };
    (void)QTest::qWaitFor([&] { return revenue() == QStringLiteral("130,00"); }, 20000);
    REQUIRE(revenue() == QStringLiteral("130,00"));

    REQUIRE(app::WriteCommand::push(f.session.undoStack(),
                                    new app::SetCurrencyCommand(f.session, {}, QStringLiteral("EUR"))));
    // 130.00 as German money: "130,00 €"; the tile's unit line names no "currency units".
    CHECK(QTest::qWaitFor([&] { return revenue() == QStringLiteral("130,00") + kNbsp + QStringLiteral("€"); },
                          20000));
    CHECK(view.tile(QStringLiteral("revenue_per_customer"))->valueText() ==
          QStringLiteral("32,50") + kNbsp + QStringLiteral("€"));
    CHECK(view.tile(QStringLiteral("csat"))->valueText() == QStringLiteral("50,0 %"));

    f.session.undoStack().undo();
    CHECK(QTest::qWaitFor([&] { return revenue() == QStringLiteral("130,00"); }, 20000));
}

TEST_CASE("typed amounts take the locale's decimal comma, and digit groups are refused, not guessed",
          "[app][currency]")
{
    {
        DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
        CHECK(*app::MoneyText::parseCents(QStringLiteral("19,99")) == 1999);
        CHECK(*app::MoneyText::parseCents(QStringLiteral(" -0,5 ")) == -50);
        CHECK(*app::MoneyText::parseCents(QStringLiteral("19.99")) == 1999); // the interchange form
        CHECK_FALSE(app::MoneyText::parseCents(QStringLiteral("1.234,50")).ok());
    }
    DefaultLocale us(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(*app::MoneyText::parseCents(QStringLiteral("19.99")) == 1999);
    CHECK_FALSE(app::MoneyText::parseCents(QStringLiteral("19,99")).ok());
}
