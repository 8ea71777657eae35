#include "goals/GoalsView.h"

#include "app/WorkspaceFixture.h"
#include "app/dashboard/DashboardFixture.h"
#include "goals/GoalCheckInDialog.h"
#include "goals/GoalDialog.h"
#include "goals/GoalTableModel.h"
#include "shell/MainWindow.h"
#include "storage/GoalRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace rapport;

namespace {

core::KpiGoal augustRevenueGoal(double target)
{
    core::KpiGoal g;
    g.name = QStringLiteral("August revenue");
    g.metric = QStringLiteral("revenue");
    g.periodStart = test::utc("2026-08-01T00:00:00Z");
    g.periodEnd = test::utc("2026-09-01T00:00:00Z");
    g.target = target;
    g.createdAt = test::utc("2026-07-25T00:00:00Z");
    return g;
}

QString statusOf(const app::GoalTableModel& model, int row)
{
    return model.data(model.index(row, app::GoalTableModel::Status), app::GoalTableModel::ValueRole)
        .toString();
}

} // namespace

TEST_CASE("a goal's status follows the engine's rules at the clock's time", "[app][goals]")
{
    test::DashboardFixture f;
    // Half-way: Aug 16 00:00 is 15 of 31 days in. Revenue so far 150.00 (the refund on
    // Aug 20 is still ahead), projected 150 * 31 / 15 = 310.00.
    f.clock.set(test::utc("2026-08-16T00:00:00Z"));
    core::GoalRepository repo(f.session.database());
    for (double target : {300.0, 330.0, 400.0}) {
        core::KpiGoal g = augustRevenueGoal(target);
        REQUIRE_OK(repo.insert(g));
    }
    app::GoalsView view(f.session, f.clock);
    app::GoalTableModel& model = view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(statusOf(model, 0) == QStringLiteral("on_track"));  // 310 >= 300
    CHECK(statusOf(model, 1) == QStringLiteral("at_risk"));   // 310 >= 330 - 33
    CHECK(statusOf(model, 2) == QStringLiteral("off_track")); // 310 < 400 - 40
    CHECK(model.data(model.index(0, app::GoalTableModel::Current)).toString() ==
          QStringLiteral("150.00 (projected 310.00)"));
    CHECK(model.data(model.index(0, app::GoalTableModel::Progress), Qt::UserRole).toDouble() == 100.0);
    CHECK(model.data(model.index(2, app::GoalTableModel::Progress), Qt::UserRole).toDouble() ==
          Catch::Detail::Approx(77.5));

    // Once the month is over, the whole month counts: 130.00.
    f.clock.set(test::utc("2026-09-02T00:00:00Z"));
    view.refresh();
    CHECK(statusOf(model, 0) == QStringLiteral("missed"));
    core::KpiGoal easy = augustRevenueGoal(120);
    REQUIRE_OK(repo.insert(easy));
    view.refresh();
    CHECK(statusOf(model, model.findGoal(easy.id)) == QStringLiteral("met"));
}

TEST_CASE("logging a purchase moves a goal's progress", "[app][goals]")
{
    test::DashboardFixture f;
    f.clock.set(test::utc("2026-09-02T00:00:00Z"));
    core::KpiGoal g = augustRevenueGoal(300);
    REQUIRE_OK(core::GoalRepository(f.session.database()).insert(g));
    app::GoalsView view(f.session, f.clock);
    app::GoalTableModel& model = view.model();
    CHECK(statusOf(model, 0) == QStringLiteral("missed"));
    CHECK(model.data(model.index(0, app::GoalTableModel::Progress), Qt::UserRole).toDouble() ==
          Catch::Detail::Approx(100.0 * 130 / 300));
    f.purchase(f.c3, "2026-08-25T10:00:00Z", 20000);
    emit f.session.changed();
    CHECK(statusOf(model, 0) == QStringLiteral("met")); // 330.00
    CHECK(model.data(model.index(0, app::GoalTableModel::Progress), Qt::UserRole).toDouble() == 100.0);
}

TEST_CASE("goals are created, edited and checked in on through the dialogs", "[app][goals]")
{
    test::DashboardFixture f;
    f.clock.set(test::utc("2026-08-16T00:00:00Z"));
    app::GoalsView view(f.session, f.clock);
    view.setGoalDialogHook([](app::GoalDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Churn down"));
        auto* metric = d.findChild<QComboBox*>(QStringLiteral("metricComboBox"));
        metric->setCurrentIndex(metric->findData(QStringLiteral("churn_rate")));
        auto* kind = d.findChild<QComboBox*>(QStringLiteral("scopeKindComboBox"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("rep")));
        auto* rep = d.findChild<QComboBox*>(QStringLiteral("scopeValueComboBox"));
        rep->setCurrentIndex(rep->findData(QStringLiteral("r1")));
        d.setPeriodText(QStringLiteral("2026-Q3"));
        auto* direction = d.findChild<QComboBox*>(QStringLiteral("directionComboBox"));
        direction->setCurrentIndex(direction->findData(QStringLiteral("<=")));
        d.findChild<QDoubleSpinBox*>(QStringLiteral("targetSpinBox"))->setValue(10);
        d.accept();
    });
    view.newGoal();
    REQUIRE(view.model().rowCount() == 1);
    const core::KpiGoal created = view.model().row(0).goal;
    CHECK(created.name == QStringLiteral("Churn down"));
    CHECK(created.metric == QStringLiteral("churn_rate"));
    CHECK(created.scope == core::Scope::rep(QStringLiteral("r1")));
    CHECK(created.periodStart == test::utc("2026-07-01T00:00:00Z"));
    CHECK(created.periodEnd == test::utc("2026-10-01T00:00:00Z"));
    CHECK(created.direction == QStringLiteral("<="));
    CHECK(created.createdAt == f.clock.nowUtc());
    // Q3 so far for Ann's customers (Jul 1 .. Aug 16): S = 2, Beta churned: 50 %. Ratio: projected as is.
    CHECK(statusOf(view.model(), 0) == QStringLiteral("off_track"));

    // An invalid period is refused with a reason.
    view.setGoalDialogHook([](app::GoalDialog& d) {
        d.setPeriodText(QStringLiteral("someday"));
        d.accept();
        CHECK_FALSE(d.validationError().isEmpty());
    });
    view.selectGoal(created.id);
    view.editGoal();
    CHECK(view.model().row(0).goal.periodStart == created.periodStart);

    view.setGoalDialogHook([](app::GoalDialog& d) {
        d.findChild<QDoubleSpinBox*>(QStringLiteral("targetSpinBox"))->setValue(60);
        d.accept();
    });
    view.selectGoal(created.id);
    view.editGoal();
    CHECK(view.model().row(0).goal.target == 60.0);
    CHECK(statusOf(view.model(), 0) == QStringLiteral("on_track"));

    // First check-in due 14 days after Aug 16 creation... the period started earlier, so the
    // creation counts: due Aug 30. At Sep 1 it is overdue; a check-in clears it.
    f.clock.set(test::utc("2026-09-01T00:00:00Z"));
    view.refresh();
    CHECK(view.model().row(0).checkInOverdue);
    view.setCheckInDialogHook([](app::GoalCheckInDialog& d) {
        d.setValues(45, 7, QStringLiteral("two calls booked"));
        d.accept();
    });
    view.selectGoal(created.id);
    view.checkIn();
    CHECK_FALSE(view.model().row(0).checkInOverdue);
    auto checkIns = core::GoalRepository(f.session.database()).checkIns(created.id);
    REQUIRE_OK(checkIns);
    REQUIRE(checkIns->size() == 1);
    CHECK(checkIns->front().value == 45.0);
    CHECK(checkIns->front().confidence == 7);
    CHECK(checkIns->front().comment == QStringLiteral("two calls booked"));
    CHECK(checkIns->front().at == f.clock.nowUtc());
}

TEST_CASE("deleting a goal can be undone: the goal and its check-ins come back with their ids",
          "[app][goals]")
{
    test::DashboardFixture f;
    core::GoalRepository goals(f.session.database());
    core::KpiGoal goal = augustRevenueGoal(300);
    REQUIRE_OK(goals.insert(goal));
    core::GoalCheckIn checkIn;
    checkIn.goalId = goal.id;
    checkIn.at = test::utc("2026-08-10T00:00:00Z");
    checkIn.value = 120;
    checkIn.comment = QStringLiteral("halfway there");
    REQUIRE_OK(goals.addCheckIn(checkIn));

    app::GoalsView view(f.session, f.clock);
    view.setGoalDialogHook([](app::GoalDialog&) {}); // also skips the confirmation
    REQUIRE(view.model().rowCount() == 1);
    view.selectGoal(goal.id);
    view.deleteGoal();
    CHECK(view.model().rowCount() == 0);
    QUndoStack& undo = f.session.undoStack();
    REQUIRE(undo.canUndo());
    CHECK(undo.undoText() == QStringLiteral("Delete goal August revenue"));

    undo.undo();
    REQUIRE(view.model().rowCount() == 1);
    CHECK(view.model().row(0).goal == goal);
    auto back = goals.checkIns(goal.id);
    REQUIRE_OK(back);
    REQUIRE(back->size() == 1);
    CHECK(back->front() == checkIn);

    undo.redo();
    CHECK(view.model().rowCount() == 0);
    CHECK(goals.checkIns(goal.id)->empty());
}

TEST_CASE("adding, editing and checking in on a goal are undoable writes", "[app][goals]")
{
    test::DashboardFixture f;
    f.clock.set(test::utc("2026-08-16T00:00:00Z"));
    app::GoalsView view(f.session, f.clock);
    view.setGoalDialogHook([](app::GoalDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Q3 revenue"));
        d.setPeriodText(QStringLiteral("2026-Q3"));
        d.findChild<QDoubleSpinBox*>(QStringLiteral("targetSpinBox"))->setValue(500);
        d.accept();
    });
    view.newGoal();
    REQUIRE(view.model().rowCount() == 1);
    const qint64 id = view.model().row(0).goal.id;
    QUndoStack& undo = f.session.undoStack();
    CHECK(undo.undoText() == QStringLiteral("Add goal Q3 revenue"));

    view.setGoalDialogHook([](app::GoalDialog& d) {
        d.findChild<QDoubleSpinBox*>(QStringLiteral("targetSpinBox"))->setValue(800);
        d.accept();
    });
    view.selectGoal(id);
    view.editGoal();
    CHECK(view.model().row(0).goal.target == 800.0);
    CHECK(undo.undoText() == QStringLiteral("Edit goal Q3 revenue"));

    view.setCheckInDialogHook([](app::GoalCheckInDialog& d) {
        d.setValues(100, 6, QString());
        d.accept();
    });
    view.selectGoal(id);
    view.checkIn();
    CHECK(undo.undoText() == QStringLiteral("Check in on goal Q3 revenue"));
    CHECK(core::GoalRepository(f.session.database()).checkIns(id)->size() == 1);

    undo.undo();
    CHECK(core::GoalRepository(f.session.database()).checkIns(id)->empty());
    undo.undo();
    CHECK(view.model().row(0).goal.target == 500.0);
    undo.undo();
    CHECK(view.model().rowCount() == 0);
    undo.redo();
    REQUIRE(view.model().rowCount() == 1);
    CHECK(view.model().row(0).goal.id == id); // the same goal, so later commands still match
}

TEST_CASE("a goal whose period has not started reads not started, in no colour of good or bad news",
          "[app][goals]")
{
    test::DashboardFixture f;
    f.clock.set(test::utc("2026-07-20T00:00:00Z")); // August is ahead
    core::KpiGoal g = augustRevenueGoal(300);
    REQUIRE_OK(core::GoalRepository(f.session.database()).insert(g));
    app::GoalsView view(f.session, f.clock);
    const app::GoalTableModel& model = view.model();
    REQUIRE(model.rowCount() == 1);
    CHECK(statusOf(model, 0) == QStringLiteral("not_started"));
    const QModelIndex status = model.index(0, app::GoalTableModel::Status);
    CHECK(model.data(status).toString() == QStringLiteral("Not started"));
    CHECK_FALSE(model.data(status, Qt::ForegroundRole).isValid()); // not the green of "On track"
    CHECK(model.data(status, Qt::ToolTipRole).toString().contains(QStringLiteral("not started")));
    CHECK(model.data(model.index(0, app::GoalTableModel::Progress)).toString() == QStringLiteral("—"));

    // Once August has begun it is judged as usual.
    f.clock.set(test::utc("2026-08-16T00:00:00Z"));
    view.refresh();
    CHECK(statusOf(model, 0) == QStringLiteral("on_track")); // projected 310 >= 300
}

TEST_CASE("the goals table shows the baseline progress is measured from, and says how", "[app][goals]")
{
    test::DashboardFixture f;
    // August so far (Aug 16): CSAT 50 % (5, 4, 2, 3). A goal of 80 % set from a baseline of 56 %:
    // the value has moved away from the target, so none of the way.
    f.clock.set(test::utc("2026-08-16T00:00:00Z"));
    core::KpiGoal csat = augustRevenueGoal(80);
    csat.name = QStringLiteral("August CSAT");
    csat.metric = QStringLiteral("csat");
    csat.baseline = 56;
    core::KpiGoal revenue = augustRevenueGoal(400); // no baseline: projected 310 of 400
    core::GoalRepository repo(f.session.database());
    REQUIRE_OK(repo.insert(csat));
    REQUIRE_OK(repo.insert(revenue));
    app::GoalsView view(f.session, f.clock);
    app::GoalTableModel& model = view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.headerData(app::GoalTableModel::Baseline, Qt::Horizontal).toString() ==
          QStringLiteral("Baseline"));

    const int c = model.findGoal(csat.id);
    CHECK(model.data(model.index(c, app::GoalTableModel::Baseline)).toString() == QStringLiteral("56.0 %"));
    CHECK(model.data(model.index(c, app::GoalTableModel::Progress)).toString() == QStringLiteral("0 %"));
    CHECK(model.data(model.index(c, app::GoalTableModel::Progress), Qt::ToolTipRole).toString() ==
          QStringLiteral(
              "From the baseline 56.0 % to the target 80.0 %, the value 50.0 % comes 0 % of the way."));

    const int r = model.findGoal(revenue.id);
    CHECK(model.data(model.index(r, app::GoalTableModel::Baseline)).toString() == QStringLiteral("—"));
    CHECK(model.data(model.index(r, app::GoalTableModel::Progress), Qt::ToolTipRole).toString() ==
          QStringLiteral("No baseline: the projection 310.00 against the target 400.00 is 78 %."));
}

TEST_CASE("Ctrl+Z in the window undoes adding a goal, and Ctrl+Shift+Z adds it back", "[app][goals]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(app::MainWindow::GoalsPage);
    auto* view = window.findChild<app::GoalsView*>();
    REQUIRE(view != nullptr);
    view->setGoalDialogHook([](app::GoalDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Q1 revenue"));
        d.setPeriodText(QStringLiteral("2026-Q1"));
        d.findChild<QDoubleSpinBox*>(QStringLiteral("targetSpinBox"))->setValue(500);
        d.accept();
    });
    // As the button does it.
    test::child<QPushButton>(*view, "newGoalButton")->click();
    REQUIRE(view->model().rowCount() == 1);
    const qint64 id = view->model().row(0).goal.id;
    CHECK(window.findChild<QAction*>(QStringLiteral("undoAction"))
              ->text()
              .contains(QStringLiteral("Q1 revenue")));

    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(view->model().rowCount() == 0);
    CHECK(core::GoalRepository(f.session.database()).list()->empty());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(view->model().rowCount() == 1);
    CHECK(view->model().row(0).goal.id == id);
}
