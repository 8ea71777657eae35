#include "shell/FirstRunPage.h"

#include "TestSupport.h"
#include "app/connection/ModalWatcher.h"
#include "services/BookSettingsService.h"
#include "services/CustomerService.h"
#include "services/DatabaseAccess.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "shell/DemoFillFlow.h"
#include "shell/MainWindow.h"
#include "shell/RepProfileDialog.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

// Issue 20: a new book greets its user with first steps in the dashboard's place, until it
// has a customer.
using namespace rapport;

namespace {
qint64 customersIn(core::Database& db)
{
    auto info = core::DatabaseAccess::info(db);
    REQUIRE_OK(info);
    return info->customers;
}
} // namespace

TEST_CASE(
    "a new book shows its first steps: a rep profile signs its user in, a customer brings the dashboard",
    "[app][firstrun]")
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    app::FirstRunPage& page = window.firstRunPage();
    CHECK(page.showsFirstSteps());
    CHECK(page.demoAction()->isEnabled());
    auto* profile = test::child<QCommandLinkButton>(page, "createProfileButton");
    auto* demo = test::child<QCommandLinkButton>(page, "demoStepButton");
    CHECK_FALSE(profile->isHidden());
    CHECK(demo->isEnabled());

    auto watcher = test::whenModal<app::RepProfileDialog>([](app::RepProfileDialog& dialog) {
        QTest::keyClicks(test::child<QLineEdit>(dialog, "repNameEdit"), QStringLiteral("Anna Novak"));
        auto* id = test::child<QLineEdit>(dialog, "repIdEdit");
        id->clear();
        QTest::keyClicks(id, QStringLiteral("anovak"));
        QTest::keyClick(&dialog, Qt::Key_Return);
    });
    profile->click();
    watcher.reset();
    CHECK(session.currentRep() == QStringLiteral("anovak"));
    // Still no customers: the steps stay, without the profile, and demo data no longer fits.
    CHECK(page.showsFirstSteps());
    CHECK(profile->isHidden());
    CHECK_FALSE(demo->isEnabled());
    CHECK_FALSE(page.demoAction()->isEnabled());
    CHECK(test::child<QLabel>(page, "firstRunIntroLabel")->text().contains(QStringLiteral("Anna Novak")));

    core::Customer customer;
    customer.externalId = QStringLiteral("c1");
    customer.name = QStringLiteral("Erste Kundin");
    customer.owner = QStringLiteral("anovak");
    customer.acquiredAt = test::utc("2026-01-05T00:00:00Z");
    REQUIRE_OK(core::CustomerService(session.database()).insert(customer));
    emit session.changed();
    CHECK_FALSE(page.showsFirstSteps());
}

TEST_CASE("Fill With Demo Data asks, writes on a worker and shows the dashboard, and a cancelled fill "
          "leaves the book empty",
          "[app][firstrun][demo]")
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-06-30T15:00:00Z")};
    session.setClock(clock);
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    app::FirstRunPage& page = window.firstRunPage();
    QSignalSpy finished(&page.demoFill(), &app::DemoFillFlow::finished);

    // Cancelled at once: the book is as it was, and the steps stay.
    core::DemoOptions many;
    many.customers = 20'000;
    REQUIRE(page.demoFill().start(many, QStringLiteral("EUR")));
    emit test::child<QProgressDialog>(window, "demoProgressDialog")->canceled(); // its Cancel button
    REQUIRE(finished.wait(60'000));
    CHECK_FALSE(finished.last().at(0).toBool());
    CHECK(customersIn(session.database()) == 0);
    CHECK(page.showsFirstSteps());
    CHECK(page.demoAction()->isEnabled());

    // Asked through the menu: a smaller book, filled.
    auto watcher = test::whenModal<QDialog>([](QDialog& dialog) {
        // The question lives on the stack, so the watcher may later take the fill's progress
        // dialog (slow builds show it) for a first modal: only the question is answered.
        if (dialog.objectName() != QLatin1String("demoFillDialog"))
            return;
        auto* customers = test::child<QSpinBox>(dialog, "demoCustomersSpinBox");
        customers->setValue(150);
        dialog.accept();
    });
    page.demoAction()->trigger();
    REQUIRE(finished.wait(60'000));
    watcher.reset();
    CHECK(finished.last().at(0).toBool());
    CHECK(customersIn(session.database()) == 150);
    CHECK_FALSE(page.showsFirstSteps());
    CHECK_FALSE(page.demoAction()->isEnabled());
    CHECK_FALSE(core::BookSettingsService(session.database()).currency()->isEmpty());
    CHECK(session.undoStack().count() == 0);

    // Asked again on a full book: it says why not, and writes nothing.
    QStringList said;
    auto boxes = test::acceptEveryMessageBox(said);
    CHECK_FALSE(page.demoFill().askAndStart());
    boxes.reset();
    REQUIRE(said.size() == 1);
    CHECK(said.first().contains(QStringLiteral("empty book")));
    CHECK(customersIn(session.database()) == 150);
}

TEST_CASE("the first steps are all in view at 1024×700, in the light and the dark palette", "[app][firstrun]")
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    const QString shots = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    for (const auto mode : {app::Appearance::Mode::Light, app::Appearance::Mode::Dark}) {
        app::Appearance::apply(mode);
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1600, 1000)}) {
            window.resize(size);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            app::FirstRunPage& page = window.firstRunPage();
            REQUIRE(page.showsFirstSteps());
            const QRect shown = page.rect();
            for (const char* step : {"createProfileButton", "importStepButton", "addCustomerStepButton",
                                     "demoStepButton", "questionnaireStepButton"}) {
                auto* button = test::child<QCommandLinkButton>(page, step);
                const QRect at(button->mapTo(&page, QPoint(0, 0)), button->size());
                INFO(step << " at " << size.width() << "×" << size.height());
                CHECK(shown.contains(at));
            }
            if (!shots.isEmpty())
                window.grab().save(QStringLiteral("%1/first-run-%2-%3x%4.png")
                                       .arg(shots, app::Appearance::toString(mode))
                                       .arg(size.width())
                                       .arg(size.height()));
        }
    }
    app::Appearance::apply(app::Appearance::Mode::System);
}
