#include "reflection/PlanDetailDialog.h"

#include "TestSupport.h"
#include "app/connection/ModalWatcher.h"
#include "common/Clock.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/PlanConflictDialog.h"
#include "reflection/ReflectionView.h"
#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"
#include "storage/ActionPlanRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rapport;

namespace {

// Ann (r1) has one customer; her plan raises its CSAT from 2026-07-01 to 2026-08-01 with
// a baseline of 50 and a target of 80. On July 16 the CSAT so far is 60: behind
// ((60 - 50) / 30 = 33% of the way against 48% of the time).
struct PlanFixture
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-07-16T10:30:00Z")};
    qint64 planId = 0;

    PlanFixture()
    {
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
        auto& db = session.database();
        REQUIRE_OK(core::RepRepository(db).insert(
            {QStringLiteral("r1"), QStringLiteral("Ann"), core::RepRole::Rep}));
        core::Customer c;
        c.externalId = QStringLiteral("C1");
        c.name = QStringLiteral("Alpha");
        c.owner = QStringLiteral("r1");
        c.acquiredAt = test::utc("2026-01-01T00:00:00Z");
        REQUIRE_OK(core::CustomerRepository(db).insert(c));
        for (int i = 0; i < 10; ++i) {
            core::SurveyResponse r;
            r.customerId = c.id;
            r.survey = core::SurveyKind::Csat;
            r.score = i < 6 ? 5 : 2;
            r.respondedAt = test::utc("2026-07-01T12:00:00Z").addDays(i);
            REQUIRE_OK(core::SurveyRepository(db).insert(r));
        }
        core::ActionPlan plan;
        plan.title = QStringLiteral("Raise CSAT");
        plan.action = QStringLiteral("Call every unhappy customer back within a day");
        plan.ownerRep = QStringLiteral("r1");
        plan.metric = QStringLiteral("csat");
        plan.scope = core::Scope::rep(QStringLiteral("r1"));
        plan.target = 80.0;
        plan.baseline = 50.0;
        plan.startAt = test::utc("2026-07-01T00:00:00Z");
        plan.deadlineAt = test::utc("2026-08-01T00:00:00Z");
        plan.dimension = QStringLiteral("listening");
        plan.createdAt = test::utc("2026-06-30T00:00:00Z");
        REQUIRE_OK(core::ActionPlanRepository(db).insert(plan));
        planId = plan.id;
        session.setClock(clock);
        session.setCurrentRep(QStringLiteral("r1"));
    }

    core::ActionPlanRepository repo() { return core::ActionPlanRepository(session.database()); }
};

// Answers the next modal QInputDialog with `text` (or cancels it when text is empty).
void answerNextInput(QObject* context, const QString& text)
{
    QTimer::singleShot(0, context, [text] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(input);
        input->setTextValue(text);
        input->accept();
    });
}

} // namespace

TEST_CASE("A check-in recorded in the plan details is listed with the session's time and undo removes it")
{
    PlanFixture f;
    app::PlanDetailDialog dialog(f.session, f.planId);
    CHECK(dialog.summaryText().contains(QStringLiteral("Raise CSAT")));
    CHECK(dialog.progressText().contains(QStringLiteral("behind")));
    CHECK(dialog.progressText().contains(QStringLiteral("overdue since 2026-07-08")));
    REQUIRE(dialog.checkInsTable()->rowCount() == 0);

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("checkInNoteLineEdit")),
                     QStringLiteral("Called four unhappy customers back"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("checkInValueLineEdit")),
                     QStringLiteral("62.5"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordCheckInPushButton")),
                      Qt::LeftButton);

    REQUIRE(dialog.checkInsTable()->rowCount() == 1);
    CHECK(dialog.checkInsTable()->item(0, 0)->text() == QStringLiteral("2026-07-16 10:30"));
    CHECK(dialog.checkInsTable()->item(0, 1)->text() == QStringLiteral("62.5"));
    CHECK(dialog.checkInsTable()->item(0, 2)->text() == QStringLiteral("Called four unhappy customers back"));
    auto stored = f.repo().checkIns(f.planId);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().at == test::utc("2026-07-16T10:30:00Z"));
    CHECK(*stored->front().value == Approx(62.5));
    // The check-in resets the cadence: the next one is a week later.
    CHECK(dialog.progressText().contains(QStringLiteral("next on 2026-07-23")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("checkInNoteLineEdit"))->text().isEmpty());

    f.session.undoStack().undo();
    CHECK(dialog.checkInsTable()->rowCount() == 0);
    stored = f.repo().checkIns(f.planId);
    REQUIRE_OK(stored);
    CHECK(stored->empty());
    CHECK(dialog.progressText().contains(QStringLiteral("overdue since 2026-07-08")));
}

TEST_CASE("A check-in needs a note or a value, and a value must be a number")
{
    PlanFixture f;
    app::PlanDetailDialog dialog(f.session, f.planId);
    CHECK_FALSE(dialog.recordCheckIn());
    dialog.findChild<QLineEdit*>(QStringLiteral("checkInValueLineEdit"))->setText(QStringLiteral("lots"));
    CHECK_FALSE(dialog.recordCheckIn());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))
              ->text()
              .contains(QStringLiteral("not a number")));
    auto stored = f.repo().checkIns(f.planId);
    REQUIRE_OK(stored);
    CHECK(stored->empty());
    CHECK(f.session.undoStack().count() == 0);
}

TEST_CASE("Adjusting a plan cannot be saved without a reason and the change appears in its history")
{
    PlanFixture f;
    app::PlanDetailDialog details(f.session, f.planId);
    bool okWithoutReason = true;
    bool okUnchanged = true;
    bool okWithReason = false;
    QTimer::singleShot(0, &details, [&] {
        auto* dialog = qobject_cast<app::ActionPlanDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
        REQUIRE(reason->isVisible());
        QTest::keyClicks(reason, QStringLiteral("Eighty is out of reach this month"));
        okUnchanged = ok->isEnabled(); // a reason but nothing changed
        reason->clear();
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->setValue(70);
        okWithoutReason = ok->isEnabled();
        QTest::keyClicks(reason, QStringLiteral("Eighty is out of reach this month"));
        okWithReason = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    REQUIRE(details.adjust());
    CHECK_FALSE(okUnchanged);
    CHECK_FALSE(okWithoutReason);
    CHECK(okWithReason);

    auto plan = f.repo().find(f.planId);
    REQUIRE_OK(plan);
    CHECK(*(*plan)->target == Approx(70.0));
    CHECK((*plan)->createdAt == test::utc("2026-06-30T00:00:00Z")); // untouched by the adjustment
    QTableWidget* history = details.revisionsTable();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == QStringLiteral("2026-07-16 10:30"));
    CHECK(history->item(0, 1)->text() == QStringLiteral("target"));
    CHECK(history->item(0, 2)->text() == QStringLiteral("80"));
    CHECK(history->item(0, 3)->text() == QStringLiteral("70"));
    CHECK(history->item(0, 4)->text() == QStringLiteral("Eighty is out of reach this month"));
    // 60 of a target 70 from 50: half-way, ahead of the 48% expected.
    CHECK(details.progressText().contains(QStringLiteral("on track")));

    f.session.undoStack().undo();
    plan = f.repo().find(f.planId);
    REQUIRE_OK(plan);
    CHECK(*(*plan)->target == Approx(80.0));
    CHECK(details.revisionsTable()->rowCount() == 0);
    auto revisions = f.repo().revisions(f.planId);
    REQUIRE_OK(revisions);
    CHECK(revisions->empty());
}

TEST_CASE("Adjusting a plan someone else adjusted meanwhile asks about the same field and keeps theirs on "
          "Enter")
{
    PlanFixture f;
    auto someoneElse = f.temp.open(); // a second connection to the same book
    app::PlanDetailDialog details(f.session, f.planId);
    QStringList rows;
    QTimer::singleShot(0, &details, [&] {
        auto* dialog = qobject_cast<app::ActionPlanDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // While the dialog is open someone else lowers the target to 75 and moves the deadline.
        core::ActionPlanService theirs(*someoneElse);
        const core::ActionPlan read = theirs.find(f.planId).value().value();
        core::ActionPlan changed = read;
        changed.target = 75.0;
        changed.deadlineAt = test::utc("2026-08-15T00:00:00Z");
        REQUIRE(
            theirs.change(read, changed, QStringLiteral("a little lower"), test::utc("2026-07-16T10:00:00Z"))
                ->saved);
        auto* target = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"));
        target->selectAll();
        QTest::keyClicks(target, QStringLiteral("70"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit")),
                         QStringLiteral("Eighty is out of reach this month"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    {
        auto watcher = test::whenModal<app::PlanConflictDialog>([&](app::PlanConflictDialog& d) {
            auto* table = d.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
            for (int r = 0; r < table->rowCount(); ++r)
                rows << table->item(r, 0)->text() + QLatin1Char(':') + table->item(r, 1)->text() +
                            QLatin1Char('/') + table->item(r, 2)->text();
            QTest::keyClick(&d, Qt::Key_Return);
        });
        CHECK_FALSE(details.adjust()); // nothing written yet: the conflict is asked about
        REQUIRE(QTest::qWaitFor([&] { return !rows.isEmpty(); }, 5000));
        QTest::qWait(50);
    }
    // Only the target clashes (the deadline was theirs alone): 70 against 75; Enter kept 75.
    CHECK(rows == QStringList{QStringLiteral("Target:70.0/75.0")});
    auto plan = f.repo().find(f.planId);
    REQUIRE_OK(plan);
    CHECK(*(*plan)->target == Approx(75.0));
    CHECK((*plan)->deadlineAt == test::utc("2026-08-15T00:00:00Z"));
    auto revisions = f.repo().revisions(f.planId);
    REQUIRE_OK(revisions);
    CHECK(revisions->size() == 2); // theirs: the target and the deadline; nothing of this window's
    CHECK(f.session.undoStack().count() == 0);
}

TEST_CASE("A step added to a plan can be ticked off and undo unticks it")
{
    PlanFixture f;
    app::PlanDetailDialog dialog(f.session, f.planId);
    auto* text = dialog.findChild<QLineEdit*>(QStringLiteral("newItemLineEdit"));
    QTest::keyClicks(text, QStringLiteral("Draft the call script"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("List last month's unhappy customers"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addItemPushButton")), Qt::LeftButton);

    QListWidget* list = dialog.itemsList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == QStringLiteral("Draft the call script"));
    CHECK(list->item(1)->checkState() == Qt::Unchecked);

    list->item(1)->setCheckState(Qt::Checked); // as a click on its box does
    QCoreApplication::processEvents();
    auto items = f.repo().items(f.planId);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 2);
    CHECK_FALSE(items->at(0).doneAt.isValid());
    CHECK(items->at(1).doneAt == test::utc("2026-07-16T10:30:00Z"));
    CHECK(dialog.itemsList()->item(1)->checkState() == Qt::Checked);

    f.session.undoStack().undo();
    items = f.repo().items(f.planId);
    REQUIRE_OK(items);
    CHECK_FALSE(items->at(1).doneAt.isValid());
    CHECK(dialog.itemsList()->item(1)->checkState() == Qt::Unchecked);
    f.session.undoStack().undo(); // and the second step goes
    CHECK(dialog.itemsList()->count() == 1);
}

TEST_CASE("An abandoned plan is no longer behind and reopening it makes it behind again")
{
    PlanFixture f;
    app::ReflectionView view(f.session, f.clock);
    REQUIRE(view.plansTable()->rowCount() == 1);
    CHECK(view.plansTable()->item(0, 2)->text() == QStringLiteral("behind"));
    CHECK(view.plansTable()->item(0, 4)->text() == QStringLiteral("overdue since 2026-07-08"));

    view.plansTable()->setCurrentCell(0, 0);
    view.plansTable()->setFocus();
    QTest::keyClick(view.plansTable(), Qt::Key_Return);
    auto* details = view.findChild<app::PlanDetailDialog*>();
    REQUIRE(details);
    REQUIRE(details->plan());
    CHECK(details->plan()->id == f.planId);

    answerNextInput(details, QStringLiteral("Other priorities this quarter"));
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("abandonPushButton")), Qt::LeftButton);
    REQUIRE(details->progress());
    CHECK(details->progress()->status == core::PlanProgressStatus::Abandoned);
    CHECK(details->progress()->checkIn == core::CheckInState::None);
    CHECK(view.plansTable()->item(0, 2)->text() == QStringLiteral("abandoned"));
    CHECK(view.plansTable()->item(0, 4)->text().isEmpty());
    REQUIRE(details->revisionsTable()->rowCount() == 1);
    CHECK(details->revisionsTable()->item(0, 1)->text() == QStringLiteral("status"));
    CHECK(details->revisionsTable()->item(0, 2)->text() == QStringLiteral("active"));
    CHECK(details->revisionsTable()->item(0, 3)->text() == QStringLiteral("abandoned"));
    CHECK(details->revisionsTable()->item(0, 4)->text() == QStringLiteral("Other priorities this quarter"));
    CHECK_FALSE(details->findChild<QPushButton*>(QStringLiteral("recordCheckInPushButton"))->isEnabled());

    // Reopening needs a reason too; an empty one changes nothing.
    answerNextInput(details, QString());
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("reopenPushButton")), Qt::LeftButton);
    CHECK(details->plan()->status == QStringLiteral("abandoned"));
    answerNextInput(details, QStringLiteral("Back on the list"));
    QTest::mouseClick(details->findChild<QPushButton*>(QStringLiteral("reopenPushButton")), Qt::LeftButton);
    CHECK(details->plan()->status == QStringLiteral("active"));
    CHECK(view.plansTable()->item(0, 2)->text() == QStringLiteral("behind"));
    CHECK(details->revisionsTable()->rowCount() == 2);

    f.session.undoStack().undo(); // the reopening
    CHECK(view.plansTable()->item(0, 2)->text() == QStringLiteral("abandoned"));
    f.session.undoStack().undo(); // the abandoning
    CHECK(view.plansTable()->item(0, 2)->text() == QStringLiteral("behind"));
    CHECK(details->revisionsTable()->rowCount() == 0);
    details->close();
}

TEST_CASE("A plan completed early shows its figures as of the completion and its before-after result")
{
    PlanFixture f;
    app::PlanDetailDialog dialog(f.session, f.planId);
    REQUIRE(dialog.changeStatus(QStringLiteral("done"), QStringLiteral("All calls made")));
    REQUIRE(dialog.progress());
    CHECK(dialog.progress()->closedAt == test::utc("2026-07-16T10:30:00Z"));
    REQUIRE(dialog.progress()->beforeAfter);
    CHECK(dialog.progressText().contains(QStringLiteral("not achieved (closed on 2026-07-16")));
    CHECK(dialog.progressText().contains(QStringLiteral("Before and after:")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("adjustPushButton"))->isEnabled());
}
