#include "TestSupport.h"
#include "app/connection/ModalWatcher.h"
#include "app/dashboard/DashboardFixture.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MetricTile.h"
#include "domain/Rep.h"
#include "services/BookSettingsService.h"
#include "services/TeamService.h"
#include "shell/BookSettingsDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/SetCurrencyCommand.h"
#include "storage/RepRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/DisplayText.h"
#include "widgets/MoneyText.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
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
    // Without a currency the bare number could pass for a count: the unit line says why.
    auto* unit = test::child<QLabel>(*view.tile(QStringLiteral("revenue")), "unitLabel");
    CHECK(unit->text().contains(QStringLiteral("no currency")));

    REQUIRE(app::WriteCommand::push(f.session.undoStack(),
                                    new app::SetCurrencyCommand(f.session, {}, QStringLiteral("EUR"))));
    // 130.00 as German money: "130,00 €"; the tile's unit line names no "currency units".
    CHECK(QTest::qWaitFor([&] { return revenue() == QStringLiteral("130,00") + kNbsp + QStringLiteral("€"); },
                          20000));
    CHECK(view.tile(QStringLiteral("revenue_per_customer"))->valueText() ==
          QStringLiteral("32,50") + kNbsp + QStringLiteral("€"));
    CHECK(view.tile(QStringLiteral("csat"))->valueText() == QStringLiteral("50,0 %"));
    CHECK(unit->text().isEmpty()); // the symbol says it now
    CHECK(unit->isHidden());

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

TEST_CASE("a currency code this Qt does not know survives the dialog's OK, and undo puts it back",
          "[app][currency]")
{
    test::TempDatabase temp;
    // Stored by a newer client whose Qt knows more codes: well-formed, unknown here.
    REQUIRE_OK(
        core::SettingsRepository(*temp.open()).setValue(QStringLiteral("currency"), QStringLiteral("ZZZ")));
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), false));
    auto* action = window.findChild<QAction*>(QStringLiteral("bookSettingsAction"));
    REQUIRE(action);

    QString shown;
    {
        auto watcher = test::whenModal<app::BookSettingsDialog>([&shown](app::BookSettingsDialog& dialog) {
            shown = dialog.currency();
            QTest::keyClick(&dialog, Qt::Key_Return); // OK without touching anything
        });
        action->trigger();
    }
    CHECK(shown == QStringLiteral("ZZZ"));
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("ZZZ"));
    CHECK(session.undoStack().count() == 0); // nothing changed, nothing to undo

    {
        auto watcher = test::whenModal<app::BookSettingsDialog>([](app::BookSettingsDialog& dialog) {
            QTest::keyClicks(test::child<QComboBox>(dialog, "currencyCombo"), QStringLiteral("EUR"));
            QTest::keyClick(&dialog, Qt::Key_Return);
        });
        action->trigger();
    }
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("EUR"));
    session.undoStack().undo();
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("ZZZ"));
}

TEST_CASE("undoing a currency change refuses when a teammate changed the currency since", "[app][currency]")
{
    test::TempDatabase temp;
    temp.open();
    app::DatabaseSession session;
    REQUIRE_OK(session.open(temp.path(), core::DatabaseOpenMode::OpenExisting));
    QSignalSpy errors(&session, &app::DatabaseSession::errorOccurred);
    REQUIRE(app::WriteCommand::push(session.undoStack(),
                                    new app::SetCurrencyCommand(session, {}, QStringLiteral("GBP"))));

    // A teammate, on a connection of their own, sets another currency.
    auto teammate = test::openOrFail(temp.path());
    REQUIRE_OK(core::BookSettingsService(*teammate).setCurrency(QStringLiteral("USD")));

    session.undoStack().undo(); // would clear the teammate's choice
    CHECK(errors.count() == 1);
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("USD"));

    // A command made from a stale reading refuses too, instead of overwriting.
    CHECK_FALSE(app::WriteCommand::push(
        session.undoStack(),
        new app::SetCurrencyCommand(session, QStringLiteral("GBP"), QStringLiteral("EUR"))));
    CHECK(*core::BookSettingsService(session.database()).currency() == QStringLiteral("USD"));
}

TEST_CASE("on a team server, Book Settings is offered to a manager and not to a rep", "[.][server]")
{
    const QString uri = test::newServerDatabase();
    {
        auto admin = test::openOrFail(uri);
        REQUIRE_OK(core::RepRepository(*admin).insert(
            {QStringLiteral("r1"), QStringLiteral("Rep"), core::RepRole::Rep}));
        core::TeamService team(*admin);
        REQUIRE_OK(
            team.addUser({test::serverLogin("alice"), QStringLiteral("rep"), QStringLiteral("r1"), true}));
        REQUIRE_OK(team.addUser({test::serverLogin("mona"), QStringLiteral("manager"), {}, true}));
    }
    for (const auto& [login, offered] : {std::pair{"alice", false}, std::pair{"mona", true}}) {
        INFO(login);
        app::DatabaseSession session;
        app::MainWindow window(session);
        REQUIRE(window.openDatabase(test::serverUriAs(uri, test::serverLogin(login)), false));
        auto* action = window.findChild<QAction*>(QStringLiteral("bookSettingsAction"));
        REQUIRE(action);
        CHECK(action->isEnabled() == offered);
    }
}
