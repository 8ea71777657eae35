#include "workspace/FollowUpsView.h"

#include "app/WorkspaceFixture.h"
#include "services/FollowUpService.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"
#include "workspace/CustomersView.h"
#include "workspace/FollowUpTableModel.h"
#include "workspace/LogInteractionDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace rapport;

namespace {

// An open follow-up of r1 (the fixture's now is 2026-03-10 10:00 UTC).
qint64 addTask(test::WorkspaceFixture& f, qint64 customer, const char* due, const char* note = "")
{
    core::FollowUpTask task;
    task.customerId = customer;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc(due);
    task.note = QString::fromUtf8(note);
    REQUIRE_OK(core::FollowUpTaskRepository(f.session.database()).insert(task));
    return task.id;
}

void showWindow(QComboBox* picker, core::FollowUpWindow window)
{
    const int i = picker->findData(static_cast<int>(window));
    REQUIRE(i >= 0);
    picker->setCurrentIndex(i);
    emit picker->activated(i);
}

std::optional<core::FollowUpTask> stored(test::WorkspaceFixture& f, qint64 id)
{
    auto task = core::FollowUpTaskRepository(f.session.database()).find(id);
    REQUIRE_OK(task);
    REQUIRE(task->has_value());
    return **task;
}

} // namespace

TEST_CASE("the follow-ups page shows upcoming follow-ups in its other windows and counts every window",
          "[app]")
{
    test::WorkspaceFixture f;
    const qint64 overdue = addTask(f, f.ada, "2026-03-09T09:00:00Z");
    const qint64 today = addTask(f, f.alan, "2026-03-10T15:00:00Z");
    const qint64 week = addTask(f, f.grace, "2026-03-12T09:00:00Z");
    const qint64 later = addTask(f, f.ada, "2026-03-30T09:00:00Z");
    app::FollowUpsView view(f.session);
    QAbstractItemModelTester tester(&view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.waitForLists();

    // The day's work first, with the rest counted.
    auto& model = view.model();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowAt(0)->task.id == overdue);
    CHECK(model.rowAt(1)->task.id == today);
    CHECK(model.index(0, app::FollowUpTableModel::DueColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("(overdue)")));
    CHECK(model.index(1, app::FollowUpTableModel::DueColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("(today)")));
    CHECK(view.summaryText() ==
          QStringLiteral("1 overdue, 1 due later today, 1 in the next 7 days, 1 later."));
    auto* picker = test::child<QComboBox>(view, "followUpWindowComboBox");
    CHECK(picker->itemText(0) == QStringLiteral("Due today or earlier (2)"));
    CHECK(picker->itemText(picker->findData(static_cast<int>(core::FollowUpWindow::ThisWeek))) ==
          QStringLiteral("Next 7 days (1)"));

    showWindow(picker, core::FollowUpWindow::ThisWeek);
    f.waitForLists();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->task.id == week);
    CHECK(model.rowAt(0)->customerName == QStringLiteral("Grace Hopper"));
    CHECK_FALSE(
        model.index(0, app::FollowUpTableModel::DueColumn).data().toString().contains(QLatin1Char('(')));

    showWindow(picker, core::FollowUpWindow::Later);
    f.waitForLists();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->task.id == later);

    showWindow(picker, core::FollowUpWindow::AllOpen);
    f.waitForLists();
    CHECK(model.rowCount() == 4);

    // Done from an upcoming window: the counts follow.
    showWindow(picker, core::FollowUpWindow::ThisWeek);
    f.waitForLists();
    view.completeSelected();
    f.waitForLists();
    CHECK(model.rowCount() == 0);
    CHECK(view.summaryText() ==
          QStringLiteral("1 overdue, 1 due later today, 0 in the next 7 days, 1 later. None in this view."));
}

TEST_CASE("logging an interaction offers to complete the customer's open follow-up, in one undo step",
          "[app]")
{
    test::WorkspaceFixture f;
    const qint64 due = addTask(f, f.alan, "2026-03-10T09:00:00Z", "Send the revised quote.");
    const qint64 upcoming = addTask(f, f.grace, "2026-03-20T09:00:00Z", "Book the review.");

    {
        // Nothing to complete with a customer who has no open follow-up.
        app::LogInteractionDialog dialog(f.session);
        dialog.setCustomer(f.ada);
        CHECK(test::child<QCheckBox>(dialog, "completeFollowUpCheckBox")->isHidden());
    }
    {
        // One planned for later is offered, not ticked.
        app::LogInteractionDialog dialog(f.session);
        dialog.setCustomer(f.grace);
        auto* complete = test::child<QCheckBox>(dialog, "completeFollowUpCheckBox");
        CHECK_FALSE(complete->isHidden());
        CHECK_FALSE(complete->isChecked());
        CHECK(dialog.openFollowUp().id == upcoming);
    }

    app::LogInteractionDialog dialog(f.session);
    dialog.show();
    dialog.setCustomer(f.alan);
    auto* complete = test::child<QCheckBox>(dialog, "completeFollowUpCheckBox");
    REQUIRE(complete->isVisible());
    CHECK(complete->isChecked()); // due today: the contact most likely answers it
    CHECK(complete->text().contains(QStringLiteral("Send the revised quote.")));
    QTest::mouseClick(test::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);

    const auto done = stored(f, due);
    CHECK(done->doneAt == test::utc("2026-03-10T10:00:00Z"));
    auto calls = core::InteractionRepository(f.session.database()).forCustomer(f.alan);
    REQUIRE_OK(calls);
    REQUIRE(calls->size() == 1);
    CHECK(done->doneInteractionId == calls->front().id);
    REQUIRE(f.session.undoStack().count() == 1);
    CHECK(f.session.undoStack().undoText() == QStringLiteral("Log call, follow-up done"));

    f.session.undoStack().undo();
    CHECK_FALSE(stored(f, due)->isDone());
    auto none = core::InteractionRepository(f.session.database()).forCustomer(f.alan);
    REQUIRE_OK(none);
    CHECK(none->empty());
    f.session.undoStack().redo();
    CHECK(stored(f, due)->isDone());
}

TEST_CASE("the customer card shows the customer's next open follow-up", "[app]")
{
    test::WorkspaceFixture f;
    addTask(f, f.alan, "2026-03-25T09:00:00Z", "Book the review.");
    addTask(f, f.alan, "2026-03-09T09:00:00Z", "Send the revised quote.");
    app::CustomersView view(f.session);
    f.waitForLists();
    auto* details = test::child<QLabel>(view, "customerDetailsLabel");

    view.showCustomer(f.alan);
    f.waitForLists();
    REQUIRE(view.currentCustomerId() == f.alan);
    CHECK(details->text().contains(QStringLiteral("Next follow-up")));
    CHECK(details->text().contains(QStringLiteral("(overdue): Send the revised quote. (and 1 more)")));

    view.showCustomer(f.ada);
    f.waitForLists();
    REQUIRE(view.currentCustomerId() == f.ada);
    CHECK(details->text().contains(QStringLiteral("None planned")));
}
