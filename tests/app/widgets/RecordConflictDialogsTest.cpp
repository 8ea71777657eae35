#include "app/WorkspaceFixture.h"
#include "app/connection/ModalWatcher.h"
#include "goals/GoalConflictDialog.h"
#include "goals/GoalDialog.h"
#include "goals/GoalTableModel.h"
#include "goals/GoalsView.h"
#include "reflection/PlanConflictDialog.h"
#include "reflection/PlanDetailDialog.h"
#include "services/ActionPlanService.h"
#include "services/FollowUpService.h"
#include "services/GoalService.h"
#include "services/InteractionService.h"
#include "workspace/FollowUpConflictDialog.h"
#include "workspace/FollowUpTableModel.h"
#include "workspace/FollowUpsView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

// A goal, an action plan and a follow-up changed on a second connection (someone else) while
// this window had them open (issue 16): edits of other fields merge, a field both changed asks
// side by side, Enter keeps their value, "save mine" writes over it, undo takes back only this
// window's fields. Driven by keys.
using namespace rapport;

namespace {

// The clashing rows of the next conflict dialog of type T as "field:mine/theirs", answered by
// Enter (keep theirs) or the "save mine" button.
template <typename T> std::unique_ptr<QTimer> answer(QStringList& rows, const bool& saveMine)
{
    return test::whenModal<T>([&](T& d) {
        auto* table = test::child<QTableWidget>(d, "conflictTable");
        QStringList seen;
        for (int r = 0; r < table->rowCount(); ++r)
            seen << table->item(r, 0)->text() + QLatin1Char(':') + table->item(r, 1)->text() +
                        QLatin1Char('/') + table->item(r, 2)->text();
        rows = seen;
        if (saveMine) {
            auto* mine = test::child<QPushButton>(d, "keepMineButton");
            mine->setFocus();
            QTest::keyClick(mine, Qt::Key_Space);
        } else {
            QTest::keyClick(&d, Qt::Key_Return);
        }
    });
}

core::KpiGoal storedGoal(core::Database& db, qint64 id)
{
    auto goal = core::GoalService(db).find(id);
    REQUIRE_OK(goal);
    REQUIRE(goal->has_value());
    return **goal;
}

} // namespace

TEST_CASE("a goal edited while someone else saved it merges other fields and asks about the same one",
          "[app][goals]")
{
    test::WorkspaceFixture f;
    auto someoneElse = f.temp.open(); // a second connection to the same book
    core::KpiGoal goal;
    goal.name = QStringLiteral("Q2 revenue");
    goal.metric = QStringLiteral("revenue");
    goal.periodStart = test::utc("2026-04-01T00:00:00Z");
    goal.periodEnd = test::utc("2026-07-01T00:00:00Z");
    goal.target = 600;
    goal.createdAt = test::utc("2026-03-01T00:00:00Z");
    REQUIRE_OK(core::GoalService(f.session.database()).insert(goal));
    app::GoalsView view(f.session, f.clock);
    view.refresh();
    REQUIRE(view.model().rowCount() == 1);
    view.selectGoal(goal.id);

    // While the dialog is open, someone else renames the goal; this person raises the target.
    view.setGoalDialogHook([&](app::GoalDialog& d) {
        core::KpiGoal theirs = storedGoal(*someoneElse, goal.id);
        core::KpiGoal renamed = theirs;
        renamed.name = QStringLiteral("Q2 revenue (team)");
        REQUIRE(core::GoalService(*someoneElse).change(theirs, renamed)->saved);
        auto* target = test::child<QDoubleSpinBox>(d, "targetSpinBox");
        target->selectAll();
        QTest::keyClicks(target, QStringLiteral("800"));
        QTest::keyClick(target, Qt::Key_Tab);
        d.accept();
    });
    view.editGoal();
    core::KpiGoal now = storedGoal(f.session.database(), goal.id);
    CHECK(now.name == QStringLiteral("Q2 revenue (team)"));
    CHECK(now.target == 800);
    CHECK(now.version == 3);
    // Undo takes back the target only; their name stays.
    f.session.undoStack().undo();
    now = storedGoal(f.session.database(), goal.id);
    CHECK(now.target == 600);
    CHECK(now.name == QStringLiteral("Q2 revenue (team)"));

    // Now both change the target: the dialog shows both values, and Enter keeps theirs while
    // this person's new name (a field only they changed) is saved.
    view.refresh();
    view.selectGoal(goal.id);
    view.setGoalDialogHook([&](app::GoalDialog& d) {
        core::KpiGoal theirs = storedGoal(*someoneElse, goal.id);
        core::KpiGoal raised = theirs;
        raised.target = 500;
        REQUIRE(core::GoalService(*someoneElse).change(theirs, raised)->saved);
        auto* target = test::child<QDoubleSpinBox>(d, "targetSpinBox");
        target->selectAll();
        QTest::keyClicks(target, QStringLiteral("900"));
        auto* name = test::child<QLineEdit>(d, "nameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Q2 revenue push"));
        d.accept();
    });
    QStringList rows;
    bool saveMine = false;
    {
        auto watcher = answer<app::GoalConflictDialog>(rows, saveMine);
        view.editGoal();
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
        QTest::qWait(50);
    }
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().startsWith(QStringLiteral("Target:")));
    CHECK(rows.front().contains(QStringLiteral("900")));
    CHECK(rows.front().contains(QStringLiteral("500")));
    REQUIRE(QTest::qWaitFor(
        [&] { return storedGoal(f.session.database(), goal.id).name == QStringLiteral("Q2 revenue push"); },
        5000));
    CHECK(storedGoal(f.session.database(), goal.id).target == 500);

    // Again, and this time "save mine" writes 900 over their 700.
    view.refresh();
    view.selectGoal(goal.id);
    view.setGoalDialogHook([&](app::GoalDialog& d) {
        core::KpiGoal theirs = storedGoal(*someoneElse, goal.id);
        core::KpiGoal raised = theirs;
        raised.target = 700;
        REQUIRE(core::GoalService(*someoneElse).change(theirs, raised)->saved);
        auto* target = test::child<QDoubleSpinBox>(d, "targetSpinBox");
        target->selectAll();
        QTest::keyClicks(target, QStringLiteral("900"));
        d.accept();
    });
    rows.clear();
    saveMine = true;
    {
        auto watcher = answer<app::GoalConflictDialog>(rows, saveMine);
        view.editGoal();
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
    }
    REQUIRE(QTest::qWaitFor([&] { return storedGoal(f.session.database(), goal.id).target == 900; }, 5000));
}

TEST_CASE("a plan's status changed while someone else changed it asks side by side and keeps theirs on Enter",
          "[app][reflection]")
{
    test::WorkspaceFixture f;
    auto someoneElse = f.temp.open();
    core::ActionPlan plan;
    plan.title = QStringLiteral("Call every buyer");
    plan.ownerRep = QStringLiteral("r1");
    plan.startAt = test::utc("2026-03-01T00:00:00Z");
    plan.deadlineAt = test::utc("2026-04-01T00:00:00Z");
    plan.createdAt = test::utc("2026-02-28T00:00:00Z");
    REQUIRE_OK(core::ActionPlanService(f.session.database()).insert(plan));
    app::PlanDetailDialog details(f.session, plan.id);
    REQUIRE(details.plan());

    // Someone else gives it up while this person completes it.
    core::ActionPlan abandoned = plan;
    abandoned.status = QStringLiteral("abandoned");
    REQUIRE(core::ActionPlanService(*someoneElse)
                .change(plan, abandoned, QStringLiteral("no time"), test::utc("2026-03-10T09:00:00Z"))
                ->saved);
    QStringList rows;
    bool saveMine = false;
    {
        auto watcher = answer<app::PlanConflictDialog>(rows, saveMine);
        CHECK_FALSE(details.changeStatus(QStringLiteral("done"), QStringLiteral("All calls made")));
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
        QTest::qWait(50);
    }
    CHECK(rows == QStringList{QStringLiteral("Status:completed/abandoned")});
    auto stored = core::ActionPlanService(f.session.database()).find(plan.id);
    REQUIRE_OK(stored);
    CHECK((*stored)->status == QStringLiteral("abandoned"));
    CHECK(core::ActionPlanService(f.session.database()).revisions(plan.id)->size() == 1);
    CHECK(f.session.undoStack().count() == 0);

    // Someone else moves the deadline meanwhile; this person's completion (from the read
    // before) now merges with it, and its undo keeps their deadline.
    details.reload();
    const core::ActionPlan read = *details.plan();
    core::ActionPlan later = read;
    later.deadlineAt = test::utc("2026-05-01T00:00:00Z");
    REQUIRE(core::ActionPlanService(*someoneElse)
                .change(read, later, QStringLiteral("more time"), test::utc("2026-03-10T09:30:00Z"))
                ->saved);
    REQUIRE(details.changeStatus(QStringLiteral("active"), QStringLiteral("found time")));
    stored = core::ActionPlanService(f.session.database()).find(plan.id);
    CHECK((*stored)->status == QStringLiteral("active"));
    CHECK((*stored)->deadlineAt == test::utc("2026-05-01T00:00:00Z"));
    f.session.undoStack().undo();
    stored = core::ActionPlanService(f.session.database()).find(plan.id);
    CHECK((*stored)->status == QStringLiteral("abandoned"));
    CHECK((*stored)->deadlineAt == test::utc("2026-05-01T00:00:00Z"));
    CHECK(core::ActionPlanService(f.session.database()).revisions(plan.id)->size() == 2);
}

TEST_CASE("a snooze of a follow-up someone else rescheduled asks side by side, Enter keeps theirs", "[app]")
{
    test::WorkspaceFixture f;
    auto someoneElse = f.temp.open();
    core::FollowUpTask task;
    task.customerId = f.alan;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc("2026-03-09T09:00:00Z"); // overdue at the fixture's now
    task.note = QStringLiteral("Send the quote");
    REQUIRE_OK(core::FollowUpService(f.session.database()).insert(task));
    app::FollowUpsView view(f.session);
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 1);
    const auto due = [&] { return core::FollowUpService(f.session.database()).find(task.id)->value().dueAt; };

    // Someone else moves it to the 20th while this person's list still shows the 9th, and
    // this person snoozes it a day (from now: the 11th, 10:00).
    core::FollowUpTask moved = task;
    moved.dueAt = test::utc("2026-03-20T09:00:00Z");
    REQUIRE(core::FollowUpService(*someoneElse).change(task, moved)->saved);
    QStringList rows;
    bool saveMine = false;
    auto* snooze = test::child<QPushButton>(view, "snoozeDayButton");
    {
        auto watcher = answer<app::FollowUpConflictDialog>(rows, saveMine);
        snooze->setFocus();
        QTest::keyClick(snooze, Qt::Key_Space);
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
        QTest::qWait(50);
    }
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().startsWith(QStringLiteral("Due:")));
    CHECK(rows.front().contains(QStringLiteral("2026-03-11")));
    CHECK(rows.front().contains(QStringLiteral("2026-03-20")));
    CHECK(due() == test::utc("2026-03-20T09:00:00Z"));
    CHECK(f.session.undoStack().count() == 0);

    // Someone else moves it to the 25th; this person's list (not read again: nothing of theirs
    // was written) still shows the 9th, so a day later is the 11th again; "save mine".
    core::FollowUpTask current = core::FollowUpService(*someoneElse).find(task.id)->value();
    moved = current;
    moved.dueAt = test::utc("2026-03-25T09:00:00Z");
    REQUIRE(core::FollowUpService(*someoneElse).change(current, moved)->saved);
    rows.clear();
    saveMine = true;
    {
        auto watcher = answer<app::FollowUpConflictDialog>(rows, saveMine);
        snooze->setFocus();
        QTest::keyClick(snooze, Qt::Key_Space);
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
    }
    CHECK(rows.front().contains(QStringLiteral("2026-03-25")));
    REQUIRE(QTest::qWaitFor([&] { return due() == test::utc("2026-03-11T10:00:00Z"); }, 5000));
    // Undo puts back the 25th it replaced (the version this window left is the one it expects).
    REQUIRE(f.session.undoStack().count() == 1);
    f.session.undoStack().undo();
    CHECK(due() == test::utc("2026-03-25T09:00:00Z"));
}

TEST_CASE("Done on a follow-up someone else snoozed completes it, on one they completed it is refused",
          "[app]")
{
    test::WorkspaceFixture f;
    auto someoneElse = f.temp.open();
    core::FollowUpTask task;
    task.customerId = f.alan;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc("2026-03-09T09:00:00Z");
    REQUIRE_OK(core::FollowUpService(f.session.database()).insert(task));
    core::FollowUpTask other = task;
    other.customerId = f.grace;
    REQUIRE_OK(core::FollowUpService(f.session.database()).insert(other));
    app::FollowUpsView view(f.session);
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 2);
    const auto stored = [&](qint64 id) {
        return core::FollowUpService(f.session.database()).find(id)->value();
    };
    QStringList errors;
    QObject::connect(&f.session, &app::DatabaseSession::errorOccurred,
                     [&](const QString& summary, const QString& details) {
                         errors << summary + QLatin1Char('\n') + details;
                     });

    // Someone else moves Alan's to the 12th; Done (on the row as read) completes it and keeps
    // their due time; undo reopens it, still due on the 12th.
    core::FollowUpTask moved = task;
    moved.dueAt = test::utc("2026-03-12T09:00:00Z");
    REQUIRE(core::FollowUpService(*someoneElse).change(task, moved)->saved);
    auto* done = test::child<QPushButton>(view, "doneButton");
    REQUIRE(view.model().rowAt(0)->task.id == task.id);
    done->setFocus();
    QTest::keyClick(done, Qt::Key_Space);
    CHECK(errors.isEmpty());
    CHECK(stored(task.id).isDone());
    CHECK(stored(task.id).dueAt == test::utc("2026-03-12T09:00:00Z"));
    f.session.undoStack().undo();
    CHECK_FALSE(stored(task.id).isDone());
    CHECK(stored(task.id).dueAt == test::utc("2026-03-12T09:00:00Z"));

    // Someone else completes Grace's while this window shows it open; Done on it is refused,
    // saying so, and logs nothing. The row is chosen before their change and Done pressed
    // right after it, with no event in between: this window would otherwise notice the change
    // and take the row away (as it did once, under a sanitizer's slowness).
    f.waitForLists();
    int row = 0;
    while (row < view.model().rowCount() && view.model().rowAt(row)->task.id != other.id)
        ++row;
    REQUIRE(row < view.model().rowCount());
    auto* table = test::child<QTableView>(view, "followUpsTableView");
    table->selectRow(row);
    core::Interaction theirs;
    theirs.customerId = f.grace;
    theirs.repId = QStringLiteral("r1");
    theirs.kind = core::InteractionKind::FollowUp;
    theirs.occurredAt = test::utc("2026-03-10T09:30:00Z");
    REQUIRE(core::FollowUpService(*someoneElse).completeChange(other, theirs)->saved);
    errors.clear();
    done->setFocus();
    QTest::keyClick(done, Qt::Key_Space);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().contains(QStringLiteral("already marked this follow-up done")));
    CHECK(stored(other.id).doneInteractionId == theirs.id);
    CHECK_FALSE(f.session.undoStack().canUndo()); // the refused command is not on the stack
    auto logged = core::InteractionService(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(logged);
    CHECK(logged->size() == 1);
}
