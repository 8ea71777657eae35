#include "core/storage/TeamAggregatesFixture.h"
#include "dashboard/DashboardView.h"
#include "dashboard/TeamTableModel.h"
#include "shell/DatabaseSession.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace rapport;

// A rep's login on a team server sees no other rep: the dashboard's team table shows the rep's
// own row, the team's total and the rep's percentile per column, and no other rep's name.
TEST_CASE("a rep's team table shows the team's total and percentiles but no other rep",
          "[.][server][app][dashboard]")
{
    test::SmallTeam t;
    app::DatabaseSession session;
    REQUIRE_OK(session.open(test::serverUriAs(t.uri, t.repLogin), core::DatabaseOpenMode::OpenExisting));
    app::DashboardView view(session, t.clock);
    view.show();
    const core::Period q3 = core::Period::quarter(2026, 3);
    view.setPeriod(q3);
    REQUIRE(QTest::qWaitFor([&] { return !view.isBusy() && view.figures() && view.figures()->period == q3; },
                            20000));
    app::TeamTableModel& team = view.teamModel();
    QAbstractItemModelTester tester(&team, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(team.rowCount() == 3);

    // In this order, not sorted by revenue (the team's total would go first).
    const QSortFilterProxyModel& shown = view.teamProxy();
    CHECK(shown.index(0, app::TeamTableModel::Rep).data().toString() == QStringLiteral("Rita One"));
    CHECK(shown.index(1, app::TeamTableModel::Rep).data().toString() == QStringLiteral("Team total"));
    // "reps" with the English catalogue, "rep(s)" without one.
    CHECK(shown.index(2, app::TeamTableModel::Rep)
              .data()
              .toString()
              .startsWith(QStringLiteral("Your percentile among 3 rep")));
    CHECK(shown.index(0, app::TeamTableModel::Revenue).data().toString() == QStringLiteral("145.00"));
    CHECK(shown.index(1, app::TeamTableModel::Revenue).data().toString() == QStringLiteral("1,204.00"));
    CHECK(shown.index(2, app::TeamTableModel::Revenue).data().toString() == QStringLiteral("50"));
    CHECK(shown.index(2, app::TeamTableModel::Csat).data().toString() == QStringLiteral("83"));
    CHECK(shown.index(2, app::TeamTableModel::CsatInterval).data().toString() == QStringLiteral("—"));
    CHECK_FALSE(test::child<QTableView>(view, "teamTableView")->isSortingEnabled());

    // No cell, tooltip included, names another rep or the manager.
    for (int row = 0; row < team.rowCount(); ++row) {
        for (int column = 0; column < team.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = team.index(row, column).data(role).toString();
                for (const char* other : {"Rob", "Ria", "Mia", "r2", "r3", "m1"})
                    CHECK_FALSE(text.contains(QLatin1String(other)));
            }
        }
    }
    // The rows of the team's total and the percentiles lead to no records.
    CHECK(view.openDrillDownForTeamRow(1) == nullptr);
    CHECK(view.openDrillDownForTeamRow(2) == nullptr);
}
