#include "app/WorkspaceFixture.h"
#include "app/dashboard/DashboardFixture.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/DrillDownRequest.h"
#include "dashboard/MetricTile.h"
#include "shell/MainWindow.h"
#include "widgets/PeriodPicker.h"
#include "workspace/CustomersView.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace rapport;

namespace {

const core::Period kAugust = core::Period::month(2026, 8);

bool waitForFigures(const app::DashboardView& view, const core::Period& period, const core::Scope& scope)
{
    return QTest::qWaitFor(
        [&] {
            return !view.isBusy() && view.figures() && view.figures()->period == period &&
                   view.figures()->scope == scope;
        },
        20000);
}

// The drill-down windows the view has open (closed ones delete themselves later).
QList<app::DrillDownDialog*> openDrillDowns(const app::DashboardView& view)
{
    QList<app::DrillDownDialog*> open;
    for (auto* dialog : view.findChildren<app::DrillDownDialog*>())
        if (dialog->isVisible())
            open << dialog;
    return open;
}

QStringList headers(const app::DrillDownDialog& dialog)
{
    QStringList list;
    for (int c = 0; c < dialog.model().columnCount(); ++c)
        list << dialog.model().horizontalHeaderItem(c)->text();
    return list;
}

// The row of the dialog's view (sorted as shown) whose text in `column` is `text`.
QModelIndex rowWith(const app::DrillDownDialog& dialog, int column, const QString& text)
{
    const QAbstractItemModel* shown = dialog.view().model();
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, column).data().toString() == text)
            return shown->index(r, column);
    return {};
}

} // namespace

TEST_CASE("a single click on a tile opens its records, a double-click opens them once", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.resize(1024, 700);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    app::MetricTile* tile = view.tile(QStringLiteral("csat"));
    REQUIRE(tile != nullptr);

    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    auto dialogs = openDrillDowns(view);
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->total() == 4); // August's CSAT responses
    dialogs.front()->close();

    // Pressed on the tile, released elsewhere: no click, as with a button.
    QTest::mousePress(tile, Qt::LeftButton, {}, tile->rect().center());
    QTest::mouseRelease(tile, Qt::LeftButton, {}, QPoint(-5, -5));
    CHECK(openDrillDowns(view).isEmpty());

    // A double-click, as the system delivers it: press, release, double-click, release.
    const QPoint centre = tile->rect().center();
    QTest::mousePress(tile, Qt::LeftButton, {}, centre);
    QTest::mouseRelease(tile, Qt::LeftButton, {}, centre);
    QMouseEvent second(QEvent::MouseButtonDblClick, centre, tile->mapToGlobal(centre), Qt::LeftButton,
                       Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tile, &second);
    QTest::mouseRelease(tile, Qt::LeftButton, {}, centre);
    CHECK(openDrillDowns(view).size() == 1);
    CHECK(tile->toolTip().startsWith(QStringLiteral("Click, or press Enter")));
}

TEST_CASE("the records behind a figure name customers and reps, and show no ids", "[app][dashboard]")
{
    test::DashboardFixture f;
    f.purchase(f.c3, "2026-08-25T10:00:00Z", 1500, QStringLiteral("r2")); // Gamma's, logged by Bob
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));

    auto* revenue = view.openDrillDownForTile(QStringLiteral("revenue"));
    REQUIRE(revenue != nullptr);
    CHECK(headers(*revenue) == QStringList{QStringLiteral("Occurred (UTC)"), QStringLiteral("Customer"),
                                           QStringLiteral("Rep"), QStringLiteral("Amount"),
                                           QStringLiteral("Followed up in time")});
    REQUIRE(revenue->model().rowCount() == 4);
    CHECK(revenue->model().item(0, 1)->text() == QStringLiteral("Gamma")); // newest first
    CHECK(revenue->model().item(0, 2)->text() == QStringLiteral("Bob"));   // the rep's name, not "r2"
    CHECK(revenue->model().item(0, 0)->data(app::DrillDownDialog::CustomerIdRole).toLongLong() == f.c3);

    auto* churn = view.openDrillDownForTile(QStringLiteral("churn_rate"));
    CHECK(headers(*churn).first() == QStringLiteral("Customer"));
    REQUIRE(churn->model().rowCount() == 1);
    CHECK(churn->model().item(0, 0)->text() == QStringLiteral("Beta"));
    CHECK(churn->model().item(0, 2)->text() == QStringLiteral("Ann")); // the owner, by name

    auto* csat = view.openDrillDownForTile(QStringLiteral("csat"));
    for (const QString& header : headers(*csat) + headers(*revenue) + headers(*churn))
        CHECK_FALSE(header.contains(QStringLiteral("Id"), Qt::CaseInsensitive));
}

TEST_CASE("a record of a drill-down, double-clicked or with Enter, asks for its customer", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    QSignalSpy opened(&view, &app::DashboardView::openCustomerRequested);

    auto* complaints = view.openDrillDownForTile(QStringLiteral("complaint_rate"));
    REQUIRE(complaints != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(complaints));
    QTableView& table = complaints->view();
    const QModelIndex gamma = rowWith(*complaints, 1, QStringLiteral("Gamma"));
    REQUIRE(gamma.isValid());
    const QPoint where = table.visualRect(gamma).center();
    // The first click selects; the second of a double-click activates.
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, where);
    REQUIRE(opened.size() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == f.c3);

    const QModelIndex delta = rowWith(*complaints, 1, QStringLiteral("Delta"));
    REQUIRE(delta.isValid());
    table.setFocus();
    table.setCurrentIndex(delta);
    QTest::keyClick(table.viewport(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == f.c4);
}

TEST_CASE("a change of period or scope closes the drill-down windows", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));

    view.openDrillDownForTile(QStringLiteral("csat"));
    view.openDrillDownForTeamRow(0);
    REQUIRE(openDrillDowns(view).size() == 2);
    view.setScope(core::Scope::rep(QStringLiteral("r2")));
    CHECK(openDrillDowns(view).isEmpty());
    REQUIRE(waitForFigures(view, kAugust, core::Scope::rep(QStringLiteral("r2"))));

    view.openDrillDownForTile(QStringLiteral("csat"));
    REQUIRE(openDrillDowns(view).size() == 1);
    // The picker's "previous period" arrow: July.
    test::child<QToolButton>(view.periodPicker(), "previousPeriodButton")->click();
    CHECK(openDrillDowns(view).isEmpty());
    // Closed windows are deleted, not kept hidden.
    REQUIRE(QTest::qWaitFor([&] { return view.findChildren<app::DrillDownDialog*>().isEmpty(); }, 5000));

    // Data written meanwhile refreshes the figures but leaves the records open.
    REQUIRE(waitForFigures(view, core::Period::month(2026, 7), core::Scope::rep(QStringLiteral("r2"))));
    view.openDrillDownForTile(QStringLiteral("csat"));
    f.purchase(f.c3, "2026-07-25T10:00:00Z", 1500);
    emit f.session.changed();
    CHECK(openDrillDowns(view).size() == 1);
    // Asked for in code, a new period closes them as well; the same period does not.
    view.setPeriod(core::Period::month(2026, 7));
    CHECK(openDrillDowns(view).size() == 1);
    view.setPeriod(kAugust);
    CHECK(openDrillDowns(view).isEmpty());
}

TEST_CASE("a drill-down record opens its customer on the Customers page", "[app][dashboard]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* dashboard = window.findChild<app::DashboardView*>();
    REQUIRE(dashboard != nullptr);

    // Everyone the book has: Ada, Alan and Grace, by name.
    auto* customers = dashboard->openDrillDown(app::DrillDownRequest::forMetric(
        QStringLiteral("customers_active"), core::Period::month(2026, 3), core::Scope::all()));
    REQUIRE(customers != nullptr);
    REQUIRE(customers->model().rowCount() == 3);
    const QModelIndex grace = rowWith(*customers, 0, QStringLiteral("Grace Hopper"));
    REQUIRE(grace.isValid());
    customers->view().setCurrentIndex(grace);
    QTest::keyClick(customers->view().viewport(), Qt::Key_Return);

    CHECK(window.currentPage() == app::MainWindow::CustomersPage);
    REQUIRE(QTest::qWaitFor([&] { return window.customersView().currentCustomerId() == f.grace; }, 5000));
}
