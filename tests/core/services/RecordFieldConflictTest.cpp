#include "TestSupport.h"
#include "services/ActionPlanService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/GoalService.h"
#include "services/InteractionService.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/RepRepository.h"

// Two people (two connections) changing one goal, action plan or follow-up at the same time
// (team.md, "Working at the same time"), as CustomerConflictTest does for customers: changes
// to different fields merge, the same field given two values is a conflict that names it and
// writes nothing, "save mine" (a change based on their save) writes over it, and an undo takes
// back only its own fields. On a file and on the team server.
namespace {

using namespace rapport;
using test::TwoDesks;

// The record `id` as `Service` finds it on `db`, failing the test when it is gone.
template <typename Service> auto readStored(core::Database& db, qint64 id)
{
    auto found = Service(db).find(id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    return **found;
}

} // namespace

TEST_CASE("Two people changing one goal: other fields merge, the same field conflicts, save mine wins",
          "[engines][services][goals]")
{
    TwoDesks desks;
    core::KpiGoal goal;
    goal.name = QStringLiteral("CSAT above 80");
    goal.metric = QStringLiteral("csat");
    goal.periodStart = test::utc("2026-07-01T00:00:00Z");
    goal.periodEnd = test::utc("2026-10-01T00:00:00Z");
    goal.target = 80;
    goal.createdAt = test::utc("2026-06-20T00:00:00Z");
    REQUIRE_OK(core::GoalService(*desks.anna).insert(goal));
    const core::KpiGoal annaRead = readStored<core::GoalService>(*desks.anna, goal.id);
    const core::KpiGoal benRead = readStored<core::GoalService>(*desks.ben, goal.id);
    REQUIRE(annaRead.version == 1);

    // Anna raises the target; Ben, still on version 1, renames it: both are kept.
    core::KpiGoal annaEdit = annaRead;
    annaEdit.target = 85;
    auto annaSaved = core::GoalService(*desks.anna).change(annaRead, annaEdit);
    REQUIRE_OK(annaSaved);
    REQUIRE(annaSaved->saved);
    CHECK_FALSE(annaSaved->merged);
    CHECK(annaSaved->saved->version == 2);
    core::KpiGoal benEdit = benRead;
    benEdit.name = QStringLiteral("Happy customers");
    auto benSaved = core::GoalService(*desks.ben).change(benRead, benEdit);
    REQUIRE_OK(benSaved);
    REQUIRE(benSaved->saved);
    CHECK(benSaved->merged);
    CHECK(readStored<core::GoalService>(*desks.anna, goal.id).target == 85);
    CHECK(readStored<core::GoalService>(*desks.anna, goal.id).name == QStringLiteral("Happy customers"));
    CHECK(readStored<core::GoalService>(*desks.anna, goal.id).version == 3);

    // Anna's undo (her edit reversed) takes back the target and keeps Ben's name.
    auto undone = core::GoalService(*desks.anna).change(*annaSaved->saved, annaRead);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    CHECK(undone->merged);
    const core::KpiGoal afterUndo = readStored<core::GoalService>(*desks.ben, goal.id);
    CHECK(afterUndo.target == 80);
    CHECK(afterUndo.name == QStringLiteral("Happy customers"));
    CHECK(afterUndo.version == 4);

    // Anna sets the target to 90; Ben, from his old read, sets it to 75 and the check-in
    // cadence to 7 days: a conflict on the target only, with Anna's value; nothing written.
    core::KpiGoal annaAgain = afterUndo;
    annaAgain.target = 90;
    REQUIRE(core::GoalService(*desks.anna).change(afterUndo, annaAgain)->saved);
    core::KpiGoal benClash = benRead;
    benClash.target = 75;
    benClash.checkInEveryDays = 7;
    auto clash = core::GoalService(*desks.ben).change(benRead, benClash);
    REQUIRE_OK(clash);
    CHECK_FALSE(clash->saved);
    REQUIRE(clash->conflict);
    CHECK(clash->conflict->fields == std::vector<core::GoalField>{core::GoalField::Target});
    CHECK(clash->conflict->theirs.target == 90);
    CHECK(clash->conflict->theirs.version == 5);
    const core::KpiGoal afterClash = readStored<core::GoalService>(*desks.anna, goal.id);
    CHECK(afterClash.target == 90);
    CHECK(afterClash.checkInEveryDays == 14);
    CHECK(afterClash.version == 5);

    // "Save mine": Ben's values on top of Anna's save, based on her version.
    core::KpiGoal mine = clash->conflict->theirs;
    mine.target = 75;
    mine.checkInEveryDays = 7;
    auto overwritten = core::GoalService(*desks.ben).change(clash->conflict->theirs, mine);
    REQUIRE_OK(overwritten);
    REQUIRE(overwritten->saved);
    const core::KpiGoal afterMine = readStored<core::GoalService>(*desks.anna, goal.id);
    CHECK(afterMine.target == 75);
    CHECK(afterMine.checkInEveryDays == 7);
    CHECK(afterMine.name == QStringLiteral("Happy customers"));
    CHECK(afterMine.version == 6);

    // Anna's undo of her 90, now that Ben gave the target another value, is a conflict.
    auto staleUndo = core::GoalService(*desks.anna).change(annaAgain, afterUndo);
    REQUIRE_OK(staleUndo);
    REQUIRE(staleUndo->conflict);
    CHECK(readStored<core::GoalService>(*desks.anna, goal.id).target == 75);
}

TEST_CASE("Two people adjusting one action plan: other fields merge with their revisions, the same field "
          "conflicts",
          "[engines][services][reflection]")
{
    TwoDesks desks;
    core::ActionPlan plan;
    plan.title = QStringLiteral("Call every buyer");
    plan.deadlineAt = test::utc("2026-10-01T00:00:00Z");
    plan.createdAt = test::utc("2026-09-01T00:00:00Z");
    REQUIRE_OK(core::ActionPlanService(*desks.anna).insert(plan));
    const core::ActionPlan annaRead = readStored<core::ActionPlanService>(*desks.anna, plan.id);
    const core::ActionPlan benRead = readStored<core::ActionPlanService>(*desks.ben, plan.id);
    core::ActionPlanService annaPlans(*desks.anna);
    core::ActionPlanService benPlans(*desks.ben);

    // Anna completes it; Ben, on the old version, retitles it: both kept, one revision each.
    core::ActionPlan annaEdit = annaRead;
    annaEdit.status = QStringLiteral("done");
    auto annaSaved =
        annaPlans.change(annaRead, annaEdit, QStringLiteral("all called"), test::utc("2026-09-10T00:00:00Z"));
    REQUIRE_OK(annaSaved);
    REQUIRE(annaSaved->saved);
    REQUIRE(annaSaved->revisions.size() == 1);
    CHECK(annaSaved->revisions.front().field == QStringLiteral("status"));
    core::ActionPlan benEdit = benRead;
    benEdit.title = QStringLiteral("Call every buyer twice");
    auto benSaved =
        benPlans.change(benRead, benEdit, QStringLiteral("more"), test::utc("2026-09-11T00:00:00Z"));
    REQUIRE_OK(benSaved);
    REQUIRE(benSaved->saved);
    CHECK(benSaved->merged);
    REQUIRE(benSaved->revisions.size() == 1);
    CHECK(benSaved->revisions.front().field == QStringLiteral("title"));
    CHECK(readStored<core::ActionPlanService>(*desks.anna, plan.id).status == QStringLiteral("done"));
    CHECK(readStored<core::ActionPlanService>(*desks.anna, plan.id).title ==
          QStringLiteral("Call every buyer twice"));
    CHECK(annaPlans.revisions(plan.id).value().size() == 2);

    // Anna's undo takes back the status and her revision, and keeps Ben's title and revision.
    auto undone = annaPlans.changeBack(*annaSaved->saved, annaRead, annaSaved->revisions);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    const core::ActionPlan afterUndo = readStored<core::ActionPlanService>(*desks.ben, plan.id);
    CHECK(afterUndo.status == QStringLiteral("active"));
    CHECK(afterUndo.title == QStringLiteral("Call every buyer twice"));
    CHECK(afterUndo.version == 4);
    const auto revisions = annaPlans.revisions(plan.id).value();
    REQUIRE(revisions.size() == 1);
    CHECK(revisions.front().field == QStringLiteral("title"));

    // Anna moves the deadline; Ben, from his old read, moves it elsewhere and names resources:
    // a conflict on the deadline only, nothing written, no revision.
    core::ActionPlan annaAgain = afterUndo;
    annaAgain.deadlineAt = test::utc("2026-11-01T00:00:00Z");
    REQUIRE(
        annaPlans.change(afterUndo, annaAgain, QStringLiteral("later"), test::utc("2026-09-12T00:00:00Z"))
            ->saved);
    core::ActionPlan benClash = benRead;
    benClash.deadlineAt = test::utc("2026-10-15T00:00:00Z");
    benClash.resources = QStringLiteral("two hours a week");
    auto clash =
        benPlans.change(benRead, benClash, QStringLiteral("sooner"), test::utc("2026-09-13T00:00:00Z"));
    REQUIRE_OK(clash);
    CHECK_FALSE(clash->saved);
    REQUIRE(clash->conflict);
    CHECK(clash->conflict->fields == std::vector<core::PlanField>{core::PlanField::DeadlineAt});
    CHECK(clash->conflict->theirs.deadlineAt == test::utc("2026-11-01T00:00:00Z"));
    CHECK(readStored<core::ActionPlanService>(*desks.anna, plan.id).resources.isEmpty());
    CHECK(annaPlans.revisions(plan.id).value().size() == 2);

    // "Save mine" on top of Anna's save: the deadline and the resources, two revisions.
    core::ActionPlan mine = clash->conflict->theirs;
    mine.deadlineAt = benClash.deadlineAt;
    mine.resources = benClash.resources;
    auto overwritten = benPlans.change(clash->conflict->theirs, mine, QStringLiteral("sooner"),
                                       test::utc("2026-09-13T00:00:00Z"));
    REQUIRE_OK(overwritten);
    REQUIRE(overwritten->saved);
    CHECK(overwritten->revisions.size() == 2);
    const core::ActionPlan afterMine = readStored<core::ActionPlanService>(*desks.anna, plan.id);
    CHECK(afterMine.deadlineAt == test::utc("2026-10-15T00:00:00Z"));
    CHECK(afterMine.resources == QStringLiteral("two hours a week"));
    CHECK(afterMine.version == 6);
    CHECK(annaPlans.revisions(plan.id).value().size() == 4);
}

TEST_CASE("Two people changing one follow-up: a snooze merges with a new note, two due dates conflict, "
          "a second completion is refused",
          "[engines][services][followups]")
{
    TwoDesks desks;
    REQUIRE_OK(core::RepRepository(*desks.anna)
                   .insert({QStringLiteral("anna"), QStringLiteral("Anna"), core::RepRole::Rep}));
    REQUIRE_OK(core::RepRepository(*desks.anna)
                   .insert({QStringLiteral("ben"), QStringLiteral("Ben"), core::RepRole::Rep}));
    core::Customer customer;
    customer.externalId = QStringLiteral("C-1");
    customer.name = QStringLiteral("Harbour Foods");
    customer.acquiredAt = test::utc("2026-01-10T00:00:00Z");
    REQUIRE_OK(core::CustomerService(*desks.anna).insert(customer));
    core::FollowUpTask task;
    task.customerId = customer.id;
    task.repId = QStringLiteral("anna");
    task.dueAt = test::utc("2026-09-01T09:00:00Z");
    task.note = QStringLiteral("Ask about the reorder");
    REQUIRE_OK(core::FollowUpService(*desks.anna).insert(task));
    const core::FollowUpTask annaRead = readStored<core::FollowUpService>(*desks.anna, task.id);
    const core::FollowUpTask benRead = readStored<core::FollowUpService>(*desks.ben, task.id);
    core::FollowUpService annaTasks(*desks.anna);
    core::FollowUpService benTasks(*desks.ben);

    // Anna snoozes it a day; Ben, on the old version, changes the note: both kept.
    core::FollowUpTask annaEdit = annaRead;
    annaEdit.dueAt = test::utc("2026-09-02T09:00:00Z");
    auto annaSaved = annaTasks.change(annaRead, annaEdit);
    REQUIRE_OK(annaSaved);
    REQUIRE(annaSaved->saved);
    CHECK(annaSaved->saved->version == 2);
    core::FollowUpTask benEdit = benRead;
    benEdit.note = QStringLiteral("Ask about the reorder and the invoice");
    auto benSaved = benTasks.change(benRead, benEdit);
    REQUIRE_OK(benSaved);
    REQUIRE(benSaved->saved);
    CHECK(benSaved->merged);
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).dueAt == test::utc("2026-09-02T09:00:00Z"));
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).note == benEdit.note);
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).version == 3);

    // Anna's undo: the due time back, Ben's note kept.
    auto undone = annaTasks.change(*annaSaved->saved, annaRead);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    const core::FollowUpTask afterUndo = readStored<core::FollowUpService>(*desks.ben, task.id);
    CHECK(afterUndo.dueAt == test::utc("2026-09-01T09:00:00Z"));
    CHECK(afterUndo.note == benEdit.note);
    CHECK(afterUndo.version == 4);

    // Anna snoozes a week; Ben, from his old read, a day: a conflict on the due time.
    core::FollowUpTask annaWeek = afterUndo;
    annaWeek.dueAt = test::utc("2026-09-08T09:00:00Z");
    REQUIRE(annaTasks.change(afterUndo, annaWeek)->saved);
    core::FollowUpTask benDay = benRead;
    benDay.dueAt = test::utc("2026-09-02T09:00:00Z");
    auto clash = benTasks.change(benRead, benDay);
    REQUIRE_OK(clash);
    CHECK_FALSE(clash->saved);
    REQUIRE(clash->conflict);
    CHECK(clash->conflict->fields == std::vector<core::FollowUpField>{core::FollowUpField::Due});
    CHECK(clash->conflict->theirs.dueAt == test::utc("2026-09-08T09:00:00Z"));
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).version == 5);

    // "Save mine": Ben's day on top of Anna's week.
    core::FollowUpTask mine = clash->conflict->theirs;
    mine.dueAt = benDay.dueAt;
    auto overwritten = benTasks.change(clash->conflict->theirs, mine);
    REQUIRE_OK(overwritten);
    REQUIRE(overwritten->saved);
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).dueAt == test::utc("2026-09-02T09:00:00Z"));
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).version == 6);

    // Anna completes it from her first read (version 1): Ben's snooze and note are kept.
    core::Interaction annaDone;
    annaDone.customerId = customer.id;
    annaDone.repId = QStringLiteral("anna");
    annaDone.kind = core::InteractionKind::FollowUp;
    annaDone.occurredAt = test::utc("2026-09-02T10:00:00Z");
    auto completed = annaTasks.completeChange(annaRead, annaDone);
    REQUIRE_OK(completed);
    REQUIRE(completed->saved);
    CHECK(completed->merged);
    CHECK(annaDone.id > 0);
    const core::FollowUpTask afterDone = readStored<core::FollowUpService>(*desks.ben, task.id);
    CHECK(afterDone.isDone());
    CHECK(afterDone.doneInteractionId == annaDone.id);
    CHECK(afterDone.dueAt == test::utc("2026-09-02T09:00:00Z"));
    CHECK(afterDone.version == 7);

    // Ben completes it too, from his read: a conflict on Done, no second interaction logged.
    core::Interaction benDone = annaDone;
    benDone.id = 0;
    benDone.repId = QStringLiteral("ben");
    auto twice = benTasks.completeChange(benRead, benDone);
    REQUIRE_OK(twice);
    CHECK_FALSE(twice->saved);
    REQUIRE(twice->conflict);
    CHECK(twice->conflict->fields == std::vector<core::FollowUpField>{core::FollowUpField::Done});
    CHECK(twice->conflict->theirs.doneInteractionId == annaDone.id);
    CHECK(core::InteractionService(*desks.ben).forCustomer(customer.id).value().size() == 1);

    // Anna's undo of her completion reopens it and takes her interaction back.
    auto reopened = annaTasks.reopenChange(*completed->saved, annaDone.id);
    REQUIRE_OK(reopened);
    REQUIRE(reopened->saved);
    CHECK_FALSE(readStored<core::FollowUpService>(*desks.ben, task.id).isDone());
    CHECK(core::InteractionService(*desks.ben).forCustomer(customer.id).value().empty());
}

TEST_CASE("Logging a call that completes a follow-up someone else rescheduled keeps their due time, one they "
          "completed is refused",
          "[engines][services][followups]")
{
    TwoDesks desks;
    REQUIRE_OK(core::RepRepository(*desks.anna)
                   .insert({QStringLiteral("anna"), QStringLiteral("Anna"), core::RepRole::Rep}));
    core::Customer customer;
    customer.externalId = QStringLiteral("C-1");
    customer.name = QStringLiteral("Harbour Foods");
    customer.acquiredAt = test::utc("2026-01-10T00:00:00Z");
    REQUIRE_OK(core::CustomerService(*desks.anna).insert(customer));
    core::FollowUpTask task;
    task.customerId = customer.id;
    task.repId = QStringLiteral("anna");
    task.dueAt = test::utc("2026-09-01T09:00:00Z");
    REQUIRE_OK(core::FollowUpService(*desks.anna).insert(task));
    const core::FollowUpTask annaRead = readStored<core::FollowUpService>(*desks.anna, task.id);
    const auto call = [&](const char* at) {
        core::Interaction i;
        i.customerId = customer.id;
        i.repId = QStringLiteral("anna");
        i.kind = core::InteractionKind::Call;
        i.occurredAt = test::utc(at);
        return i;
    };
    const auto interactions = [&] {
        return core::InteractionService(*desks.ben).forCustomer(customer.id).value().size();
    };

    // Ben moves it to the 3rd; Anna logs a call that completes it, from her read (version 1).
    core::FollowUpTask moved = annaRead;
    moved.dueAt = test::utc("2026-09-03T09:00:00Z");
    REQUIRE(core::FollowUpService(*desks.ben).change(annaRead, moved)->saved);
    core::Interaction annaCall = call("2026-09-02T10:00:00Z");
    std::optional<core::FollowUpTask> none;
    core::FollowUpRef completes{task.id, annaRead.version};
    REQUIRE_OK(core::InteractionService(*desks.anna).log(annaCall, none, &completes));
    CHECK(completes.version == 3);
    core::FollowUpTask now = readStored<core::FollowUpService>(*desks.ben, task.id);
    CHECK(now.doneInteractionId == annaCall.id);
    CHECK(now.dueAt == test::utc("2026-09-03T09:00:00Z"));

    // Ben logs a call completing it too, from his read before: refused, his call not stored.
    core::Interaction benCall = call("2026-09-02T11:00:00Z");
    core::FollowUpRef benCompletes{task.id, moved.version};
    const core::Status refused = core::InteractionService(*desks.ben).log(benCall, none, &benCompletes);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(interactions() == 1);

    // Someone reopens it and completes it with another call: Anna's undo no longer reopens it,
    // and keeps her call.
    REQUIRE_OK(core::FollowUpTaskRepository(*desks.ben).reopen(task.id, now.version));
    core::Interaction benDone = call("2026-09-02T12:00:00Z");
    REQUIRE(core::FollowUpService(*desks.ben)
                .completeChange(readStored<core::FollowUpService>(*desks.ben, task.id), benDone)
                ->saved);
    const core::Status staleUndo = core::InteractionService(*desks.anna).unlog(annaCall, none, &completes);
    REQUIRE_FALSE(staleUndo.ok());
    CHECK(staleUndo.error().kind == core::ErrorKind::Conflict);
    CHECK(readStored<core::FollowUpService>(*desks.anna, task.id).doneInteractionId == benDone.id);
    CHECK(interactions() == 2);
}
