#include "dashboard/DashboardView.h"

#include "app/dashboard/DashboardFixture.h"
#include "dashboard/CohortTableModel.h"
#include "dashboard/ComplaintsChart.h"
#include "dashboard/DashboardExporter.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/MetricTile.h"
#include "dashboard/Sparkline.h"
#include "dashboard/TeamTableModel.h"
#include "dashboard/TrendChart.h"
#include "metrics/MetricsEngine.h"
#include "widgets/MetricFormat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace rapport;

namespace {

const core::Period kAugust = core::Period::month(2026, 8);
const core::Period kJuly = core::Period::month(2026, 7);

// Waits (without a fixed sleep) until the view shows figures for this period and scope.
bool waitForFigures(const app::DashboardView& view, const core::Period& period, const core::Scope& scope)
{
    return QTest::qWaitFor(
        [&] {
            return !view.isBusy() && view.figures() && view.figures()->period == period &&
                   view.figures()->scope == scope;
        },
        20000);
}

QString tileText(const app::DashboardView& view, const char* key)
{
    return view.tile(QString::fromLatin1(key))->valueText();
}

} // namespace

TEST_CASE("the dashboard tiles show the engine's figures for the period", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));

    // Hand-computed from the fixture.
    CHECK(tileText(view, "csat") == QStringLiteral("50.0 %"));
    CHECK(tileText(view, "nps") == QStringLiteral("0"));
    CHECK(tileText(view, "ces") == QStringLiteral("5.00"));
    CHECK(tileText(view, "retention_rate") == QStringLiteral("75.0 %")); // (E 3 - N 0) / S 4
    CHECK(tileText(view, "churn_rate") == QStringLiteral("25.0 %"));
    CHECK(tileText(view, "revenue") == QStringLiteral("130.00"));
    CHECK(tileText(view, "revenue_per_customer") == QStringLiteral("32.50"));
    CHECK(tileText(view, "follow_up_rate") == QStringLiteral("50.0 %"));
    CHECK(tileText(view, "complaint_rate") == QStringLiteral("50.00"));

    // And every tile is exactly what the engine says.
    auto engine = core::MetricsEngine(f.session.database(), f.clock).compare(kAugust);
    REQUIRE_OK(engine);
    for (const QString& key : app::DashboardView::tileKeys())
        CHECK(view.tile(key)->valueText() == app::MetricFormat::value(key, engine->current.value(key)));
}

TEST_CASE("a running month says so: its follow-up rate is provisional and its changes compare the same span",
          "[app][dashboard]")
{
    test::DashboardFixture f;
    // 20 August: the 50.00 purchase of 10 August has no follow-up and 4 days of its window left.
    f.clock.set(test::utc("2026-08-20T00:00:00Z"));
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    const app::MetricTile* tile = view.tile(QStringLiteral("follow_up_rate"));
    CHECK(tile->noteText() == QStringLiteral("provisional: 1 still open"));
    CHECK(test::child<QLabel>(*view.tile(QStringLiteral("follow_up_rate")), "noteLabel")->isVisible());
    // In the team table, Bob's rate (his customer Gamma made that purchase) is marked, Ann's is not.
    const app::TeamTableModel& team = view.teamModel();
    for (int row = 0; row < team.rowCount(); ++row) {
        const QModelIndex rate = team.index(row, app::TeamTableModel::FollowUpRate);
        const bool bob = team.rep(row).repId == QStringLiteral("r2");
        INFO(team.rep(row).repId.toStdString());
        CHECK(rate.data(Qt::FontRole).value<QFont>().italic() == bob);
        CHECK(
            rate.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Provisional: 1 purchase of")) ==
            bob);
    }

    // August is still running on the 20th: changes compare it with July up to the 20th
    // (July's 80.00 purchase of the 15th is in that span).
    CHECK(test::child<QLabel>(view, "statusLabel")->text() ==
          QStringLiteral("August 2026 is still running: each change compares it so far with July 2026 up to "
                         "2026-07-20 00:00 UTC."));
    CHECK(test::child<QLabel>(*view.tile(QStringLiteral("revenue")), "changeLabel")->toolTip() ==
          QStringLiteral("July 2026 up to 2026-07-20 00:00 UTC: 80.00"));

    // The trend charts draw the running month dashed from the month before.
    auto dashedTo = [&](int month) {
        QList<Qt::PenStyle> styles;
        for (QAbstractSeries* s :
             test::child<app::TrendChart>(view, "satisfactionChart")->chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(s);
            if (line && line->name() == QStringLiteral("CSAT (%)") &&
                line->at(line->count() - 1).x() == month)
                styles << line->pen().style();
        }
        return styles;
    };
    CHECK(dashedTo(11) == QList<Qt::PenStyle>{Qt::DashLine}); // August, from July's point
    CHECK(dashedTo(10) == QList<Qt::PenStyle>{Qt::SolidLine});

    // July's windows all closed by then: no note.
    view.setPeriod(kJuly);
    REQUIRE(waitForFigures(view, kJuly, core::Scope::all()));
    CHECK(tile->noteText().isEmpty());
    CHECK_FALSE(test::child<QLabel>(*view.tile(QStringLiteral("follow_up_rate")), "noteLabel")->isVisible());
    CHECK(dashedTo(11) == QList<Qt::PenStyle>{Qt::SolidLine}); // July is the last month now, and finished
    // A finished month is compared with the whole month before, and nothing is said.
    CHECK(test::child<QLabel>(view, "statusLabel")->text().isEmpty());
    CHECK(test::child<QLabel>(*view.tile(QStringLiteral("revenue")), "changeLabel")
              ->toolTip()
              .startsWith(QStringLiteral("Previous period: ")));
}

TEST_CASE("tiles colour the change by whether it is good news for the metric", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    CHECK(view.tile(QStringLiteral("csat"))->changeText() == QStringLiteral("-50.0 pts")); // 100 -> 50
    CHECK(view.tile(QStringLiteral("csat"))->changeSentiment() == -1);
    CHECK(view.tile(QStringLiteral("churn_rate"))->changeSentiment() == -1); // 0 -> 25: up is bad
    CHECK(view.tile(QStringLiteral("revenue"))->changeText() == QStringLiteral("+62.5 %")); // 80 -> 130
    CHECK(view.tile(QStringLiteral("revenue"))->changeSentiment() == 1);
    CHECK(view.tile(QStringLiteral("ces"))->changeText() == QStringLiteral("no comparison")); // none in July
    CHECK(view.tile(QStringLiteral("ces"))->changeSentiment() == 0);
    CHECK(view.tile(QStringLiteral("csat"))->sparkline().values().size() == 12);
}

TEST_CASE("an empty figure shows a dash and says why", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    const core::Period march = core::Period::month(2026, 3);
    view.setPeriod(march);
    REQUIRE(waitForFigures(view, march, core::Scope::all()));
    CHECK(tileText(view, "csat") == QStringLiteral("—"));
    CHECK(view.tile(QStringLiteral("csat"))
              ->findChild<QLabel*>(QStringLiteral("valueLabel"))
              ->toolTip()
              .contains(QStringLiteral("No data")));
    CHECK(tileText(view, "revenue") == QStringLiteral("0.00"));
}

TEST_CASE("changing the period or the scope changes the figures", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kJuly);
    REQUIRE(waitForFigures(view, kJuly, core::Scope::all()));
    CHECK(tileText(view, "csat") == QStringLiteral("100.0 %"));
    CHECK(tileText(view, "revenue") == QStringLiteral("80.00"));
    CHECK(tileText(view, "retention_rate") == QStringLiteral("100.0 %")); // (4 - 1) / 3

    view.setPeriod(kAugust);
    REQUIRE(view.setScope(core::Scope::rep(QStringLiteral("r1"))));
    REQUIRE(waitForFigures(view, kAugust, core::Scope::rep(QStringLiteral("r1"))));
    CHECK(tileText(view, "csat") == QStringLiteral("100.0 %"));  // 5 and 4
    CHECK(tileText(view, "revenue") == QStringLiteral("80.00")); // 100 - 20

    REQUIRE(view.setScope(core::Scope::segment(QStringLiteral("wholesale"))));
    REQUIRE(waitForFigures(view, kAugust, core::Scope::segment(QStringLiteral("wholesale"))));
    CHECK(tileText(view, "csat") == QStringLiteral("0.0 %")); // 2 and 3
    CHECK(tileText(view, "revenue") == QStringLiteral("50.00"));
    CHECK_FALSE(view.setScope(core::Scope::rep(QStringLiteral("nobody"))));

    const core::Period q3 = core::Period::quarter(2026, 3);
    view.setPeriod(q3);
    REQUIRE(waitForFigures(view, q3, core::Scope::segment(QStringLiteral("wholesale"))));
    CHECK(tileText(view, "revenue") == QStringLiteral("50.00"));
}

TEST_CASE("only the newest request's figures are shown", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kJuly);
    view.setPeriod(core::Period::year(2026));
    view.setPeriod(kAugust); // the earlier requests are overtaken
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    CHECK(tileText(view, "csat") == QStringLiteral("50.0 %"));
    // Nothing older arrives afterwards.
    QTest::qWait(50);
    CHECK(view.figures()->period == kAugust);
}

TEST_CASE("logging a purchase moves the revenue tile", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    const auto* before = view.figures();
    f.purchase(f.c3, "2026-08-25T10:00:00Z", 20000);
    emit f.session.changed();
    REQUIRE(QTest::qWaitFor([&] { return !view.isBusy() && view.figures() != before; }, 20000));
    CHECK(tileText(view, "revenue") == QStringLiteral("330.00"));
    CHECK(tileText(view, "revenue_per_customer") == QStringLiteral("82.50"));
    CHECK(tileText(view, "follow_up_rate") == QStringLiteral("33.3 %")); // 1 of 3
}

TEST_CASE("the team table has a row per rep and marks small samples", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    app::TeamTableModel& team = view.teamModel();
    QAbstractItemModelTester tester(&team, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&view.teamProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(team.rowCount() == 2);
    const int ann = team.rep(0).repId == QStringLiteral("r1") ? 0 : 1;
    const int bob = 1 - ann;
    CHECK(team.data(team.index(ann, app::TeamTableModel::Rep)).toString() == QStringLiteral("Ann"));
    CHECK(team.data(team.index(ann, app::TeamTableModel::Csat)).toString() ==
          QStringLiteral("100.0 % (too few)"));
    // Wilson 95 % for 2 of 2: 34.2 .. 100.
    CHECK(team.data(team.index(ann, app::TeamTableModel::CsatInterval)).toString() ==
          QStringLiteral("34 – 100 %"));
    CHECK(team.tooFewResponses(ann));
    CHECK(team.data(team.index(ann, app::TeamTableModel::Revenue)).toString() == QStringLiteral("80.00"));
    CHECK(team.data(team.index(ann, app::TeamTableModel::Responses)).toString() == QStringLiteral("4"));
    CHECK(team.data(team.index(bob, app::TeamTableModel::Revenue)).toString() == QStringLiteral("50.00"));
    CHECK(team.data(team.index(bob, app::TeamTableModel::ComplaintRate)).toString() ==
          QStringLiteral("100.00"));

    // Sorting by revenue, highest first, puts Ann on top; ascending, Bob.
    view.teamProxy().sort(app::TeamTableModel::Revenue, Qt::DescendingOrder);
    CHECK(view.teamProxy().index(0, 0).data().toString() == QStringLiteral("Ann"));
    view.teamProxy().sort(app::TeamTableModel::Revenue, Qt::AscendingOrder);
    CHECK(view.teamProxy().index(0, 0).data().toString() == QStringLiteral("Bob"));
}

TEST_CASE("the cohort heat map model holds the engine's cohorts", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    app::CohortTableModel& cohorts = view.cohortModel();
    QAbstractItemModelTester tester(&cohorts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Cohorts Sep 2025 .. Aug 2026; c1 first bought in July, c3 in August.
    REQUIRE(cohorts.rowCount() == 12);
    CHECK(cohorts.headerData(10, Qt::Vertical).toString() == QStringLiteral("2026-07 (1)"));
    CHECK(cohorts.data(cohorts.index(10, 0), app::CohortTableModel::ValueRole).toDouble() == 100.0);
    CHECK(cohorts.data(cohorts.index(10, 1), app::CohortTableModel::ValueRole).toDouble() ==
          100.0); // c1 again in Aug
    CHECK(cohorts.headerData(11, Qt::Vertical).toString() == QStringLiteral("2026-08 (1)"));
}

TEST_CASE("drill-down lists exactly the records behind a figure", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));

    auto* csat = view.openDrillDownForTile(QStringLiteral("csat"));
    REQUIRE(csat != nullptr);
    CHECK(csat->total() == 4);
    REQUIRE(csat->model().rowCount() == 4);
    QStringList scores;
    for (int r = 0; r < 4; ++r)
        scores << csat->model().item(r, 3)->text(); // responded, customer, survey, score
    scores.sort();
    CHECK(scores ==
          QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});

    auto* complaints = view.openDrillDownForTile(QStringLiteral("complaint_rate"));
    REQUIRE(complaints->model().rowCount() == 2);
    CHECK(complaints->model().item(0, 1)->text() == QStringLiteral("Delta")); // newest first
    CHECK(complaints->model().item(1, 3)->text() == QStringLiteral("billing"));

    auto* churn = view.openDrillDownForTile(QStringLiteral("churn_rate"));
    REQUIRE(churn->model().rowCount() == 1);
    CHECK(churn->model().item(0, 0)->text() == QStringLiteral("Beta"));

    auto* revenue = view.openDrillDownForTile(QStringLiteral("follow_up_rate"));
    REQUIRE(revenue->model().rowCount() == 3); // two purchases and the refund
    CHECK(revenue->model().item(0, 3)->text() == QStringLiteral("-20.00"));
    CHECK(revenue->model().item(1, 4)->text() == QStringLiteral("no"));  // 50.00 on Aug 10
    CHECK(revenue->model().item(2, 4)->text() == QStringLiteral("yes")); // 100.00, followed up Aug 5

    view.setScope(core::Scope::rep(QStringLiteral("r2")));
    REQUIRE(waitForFigures(view, kAugust, core::Scope::rep(QStringLiteral("r2"))));
    auto* scoped = view.openDrillDownForTile(QStringLiteral("csat"));
    CHECK(scoped->total() == 2);                                        // Gamma and Delta
    CHECK(scoped->windowTitle().endsWith(QStringLiteral(", Rep Bob"))); // the rep's name, not "r2"

    const int annRow = view.teamModel().rep(0).repId == QStringLiteral("r1") ? 0 : 1;
    auto* team = view.openDrillDownForTeamRow(annRow);
    REQUIRE(team != nullptr);
    CHECK(team->total() == 4); // Ann's customers: CSAT 5 and 4, NPS 10, CES 6
}

TEST_CASE("the dashboard exports as PNG and PDF", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.resize(1200, 900);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    const QString png = f.temp.dir.filePath(QStringLiteral("dash.png"));
    const QString pdf = f.temp.dir.filePath(QStringLiteral("dash.pdf"));
    REQUIRE(view.exporter().exportPng(png));
    const QImage image(png);
    CHECK(image.width() == view.width());
    CHECK(image.height() == view.height());
    QSignalSpy written(&view.exporter(), &app::DashboardExporter::documentWritten);
    view.exporter().exportPdf(pdf);
    REQUIRE(written.wait(30000));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 10000);
}

TEST_CASE("clicking a chart point opens that month's records", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));
    auto* chart = view.findChild<app::TrendChart*>(QStringLiteral("satisfactionChart"));
    REQUIRE(chart != nullptr);
    // The CSAT line: its last point (index 11) is August, the one before July.
    QLineSeries* csat = nullptr;
    for (QAbstractSeries* s : chart->chart()->series())
        if (s->name() == QStringLiteral("CSAT (%)"))
            csat = qobject_cast<QLineSeries*>(s);
    REQUIRE(csat != nullptr);
    emit csat->clicked(QPointF(10, 100));
    const auto dialogs = view.findChildren<app::DrillDownDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->total() == 2); // July's two CSAT responses
    CHECK(dialogs.front()->windowTitle().contains(QStringLiteral("2026-07")));
}

TEST_CASE("chart points are reached with the arrow keys and Enter opens their records", "[app][dashboard]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.setPeriod(kAugust);
    REQUIRE(waitForFigures(view, kAugust, core::Scope::all()));

    // Satisfaction: CSAT (line 0) has July and August (months 10 and 11), NPS (line 1) August.
    auto* chart = test::child<app::TrendChart>(view, "satisfactionChart");
    chart->setFocus(Qt::TabFocusReason);
    REQUIRE(chart->hasFocus());
    CHECK(chart->currentPoint() == std::pair{0, 11}); // the newest month of the first line
    QTest::keyClick(chart, Qt::Key_Left);
    CHECK(chart->currentPoint() == std::pair{0, 10});
    CHECK(chart->accessibleDescription().startsWith(QStringLiteral("CSAT (%), ")));
    CHECK(chart->accessibleDescription().contains(QStringLiteral(": 100.0 %"))); // July: both satisfied
    QTest::keyClick(chart, Qt::Key_Left);                                        // nothing before July
    CHECK(chart->currentPoint() == std::pair{0, 10});
    QTest::keyClick(chart, Qt::Key_Down); // NPS has August only
    CHECK(chart->currentPoint() == std::pair{1, 11});
    QTest::keyClick(chart, Qt::Key_Up);
    CHECK(chart->currentPoint() == std::pair{0, 11});
    QTest::keyClick(chart, Qt::Key_Home);
    CHECK(chart->currentPoint() == std::pair{0, 10});
    QTest::keyClick(chart, Qt::Key_Return);
    auto dialogs = view.findChildren<app::DrillDownDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->total() == 2); // July's two CSAT responses
    CHECK(dialogs.front()->windowTitle().contains(QStringLiteral("2026-07")));
    dialogs.front()->close();
    delete dialogs.front();

    // Complaints: the two of August, then July's none.
    auto* complaints = test::child<app::ComplaintsChart>(view, "complaintsChart");
    complaints->setFocus(Qt::TabFocusReason);
    REQUIRE(complaints->hasFocus());
    CHECK(complaints->currentMonth() == 11);
    CHECK(complaints->accessibleDescription().startsWith(QStringLiteral("Complaints in ")));
    QTest::keyClick(complaints, Qt::Key_Enter);
    dialogs = view.findChildren<app::DrillDownDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->total() == 2);
    delete dialogs.front();
    QTest::keyClick(complaints, Qt::Key_Left);
    CHECK(complaints->currentMonth() == 10);
    QTest::keyClick(complaints, Qt::Key_Space);
    dialogs = view.findChildren<app::DrillDownDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.front()->total() == 0);
}
