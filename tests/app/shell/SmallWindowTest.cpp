// Issue 20, item 10: at 1024×700 the columns that matter stay on screen, the search box keeps
// its hint, and the navigation bar can give its room to the page.

#include "app/shell/AccessibilityAudit.h"
#include "goals/GoalTableModel.h"
#include "goals/GoalsView.h"
#include "services/BookSettingsService.h"
#include "services/RepService.h"
#include "shell/BookSettingsDialog.h"
#include "shell/MainWindow.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>

using namespace rapport;
using namespace rapport::test::a11y;

namespace {

// True when `column` of `view` is shown and lies wholly inside the view's viewport.
bool columnInView(const QTableView* view, int column)
{
    const QHeaderView* header = view->horizontalHeader();
    if (header->isSectionHidden(column))
        return false;
    const int left = header->sectionViewportPosition(column);
    return left >= 0 && left + std::min(header->sectionSize(column), 40) <= view->viewport()->width();
}

void saveShot(QWidget& window, const char* name)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

// Shows `page` of a 1024×700 window with its navigation bar, as a first start does.
void showSmall(app::MainWindow& window, app::MainWindow::Page page, const char* shot)
{
    QSettings().remove(QStringLiteral("mainWindow/navigationVisible"));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(page);
    QTest::qWait(300);
    saveShot(window, shot);
}

} // namespace

TEST_CASE("at 1024×700 the customers' owner and status are in view and the search keeps its hint",
          "[issue20]")
{
    DemoWorkspace f;
    app::MainWindow window(f.session);
    showSmall(window, app::MainWindow::CustomersPage, "customers-1024.png");

    auto* view = window.findChild<QTableView*>(QStringLiteral("customersTableView"));
    REQUIRE(view);
    CHECK(columnInView(view, app::CustomerTableModel::NameColumn));
    CHECK(columnInView(view, app::CustomerTableModel::OwnerColumn));
    CHECK(columnInView(view, app::CustomerTableModel::StatusColumn));
    CHECK(view->horizontalHeader()->isSectionHidden(app::CustomerTableModel::EmailColumn));

    auto* page = window.findChild<app::CustomersView*>();
    REQUIRE(page);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    REQUIRE(search);
    CHECK(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()));

    SECTION("a wider window brings the hidden columns back")
    {
        window.resize(1600, 1000);
        QTest::qWait(100);
        CHECK(columnInView(view, app::CustomerTableModel::CompanyColumn));
        CHECK(columnInView(view, app::CustomerTableModel::SegmentColumn));
        CHECK(columnInView(view, app::CustomerTableModel::AcquiredColumn));
        saveShot(window, "customers-1600.png");
    }
    SECTION("F9 hides the navigation bar, the page takes its room, and the choice is kept")
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* action = window.findChild<QAction*>(QStringLiteral("showNavigationAction"));
        REQUIRE(navigation);
        REQUIRE(action);
        CHECK(navigation->isVisible());
        const int before = view->viewport()->width();
        action->trigger();
        QTest::qWait(100);
        CHECK_FALSE(navigation->isVisible());
        CHECK(view->viewport()->width() > before);
        saveShot(window, "customers-1024-no-navigation.png");
        CHECK(QSettings().value(QStringLiteral("mainWindow/navigationVisible")).toBool() == false);
        action->trigger();
        CHECK(QSettings().value(QStringLiteral("mainWindow/navigationVisible")).toBool());
    }
}

TEST_CASE("at 1024×700 the goals' progress and status are in view", "[issue20]")
{
    DemoWorkspace f;
    app::MainWindow window(f.session);
    showSmall(window, app::MainWindow::GoalsPage, "goals-1024.png");
    auto* view = window.findChild<QTableView*>(QStringLiteral("goalsTableView"));
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() > 0);
    CHECK(columnInView(view, app::GoalTableModel::Name));
    CHECK(columnInView(view, app::GoalTableModel::Target));
    CHECK(columnInView(view, app::GoalTableModel::Progress));
    CHECK(columnInView(view, app::GoalTableModel::Status));
}

TEST_CASE("a signed-in rep's customer list starts on their own customers, a manager's on all", "[issue20]")
{
    DemoWorkspace f; // signed in as amorgan, a rep
    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::CustomersPage);
    auto* owner =
        window.findChild<app::CustomersView*>()->findChild<QComboBox*>(QStringLiteral("ownerComboBox"));
    REQUIRE(owner);
    CHECK(owner->currentData().toString() == QStringLiteral("amorgan"));
    CHECK(owner->currentText().startsWith(QStringLiteral("My customers")));
    app::CustomerTableModel& model = window.customersView().model();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 10000));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, app::CustomerTableModel::OwnerColumn)).toString() ==
              QStringLiteral("Alice Morgan"));

    // The demo's manager sees every owner.
    QString manager;
    auto reps = core::RepService(f.session.database()).list();
    REQUIRE_OK(reps);
    for (const core::Rep& rep : *reps)
        if (rep.role == core::RepRole::Manager)
            manager = rep.id;
    REQUIRE_FALSE(manager.isEmpty());
    f.session.setCurrentRep(manager);
    CHECK(owner->currentData().toString().isEmpty());
}

TEST_CASE("a book without a currency says so on the money tiles, and Book Settings offers one", "[issue17]")
{
    DemoWorkspace f;
    auto currency = core::BookSettingsService(f.session.database()).currency();
    REQUIRE_OK(currency);
    REQUIRE(currency->isEmpty()); // the generator leaves the choice to the one who creates the book
    app::MainWindow window(f.session);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(app::MainWindow::DashboardPage);
    auto* dashboard = window.findChild<app::DashboardView*>();
    REQUIRE(dashboard);
    auto* unit = test::child<QLabel>(*dashboard->tile(QStringLiteral("revenue")), "unitLabel");
    REQUIRE(QTest::qWaitFor([&] { return unit->text().contains(QStringLiteral("no currency")); }, 20000));
    QTest::qWait(300);
    saveShot(window, "dashboard-no-currency.png");

    app::BookSettingsDialog dialog(QString(), &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    saveShot(dialog, "book-settings.png");
    // A suggestion (the locale's currency; the euro in the C locale), said to be one.
    CHECK(dialog.currency() == QStringLiteral("EUR"));
    CHECK(test::child<QLabel>(dialog, "currencyNote")
              ->text()
              .startsWith(QStringLiteral("This book has no currency yet; EUR is suggested.")));
}

TEST_CASE("at 1024×700 the Reflection page's plan titles stay readable", "[issue20]")
{
    DemoWorkspace f;
    app::MainWindow window(f.session);
    showSmall(window, app::MainWindow::ReflectionPage, "reflection-1024.png");
    auto* plans = window.findChild<QTableView*>(QStringLiteral("plansTableWidget"));
    REQUIRE(plans);
    REQUIRE(QTest::qWaitFor([&] { return plans->model()->rowCount() > 0; }, 5000));
    QTest::qWait(100); // the columns are chosen again once the rows are in
    const int title = plans->horizontalHeader()->sectionSize(0);
    INFO("title column " << title << " px");
    CHECK(title >= plans->fontMetrics().horizontalAdvance(QStringLiteral("Follow up every purchase")));
    CHECK(columnInView(plans, 0));
}
