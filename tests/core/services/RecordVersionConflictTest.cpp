#include "TestSupport.h"
#include "services/ActionPlanService.h"
#include "services/CustomerService.h"
#include "services/GoalService.h"
#include "services/InteractionService.h"

// Every record a person edits carries a version (team.md, "Working at the same time"): two
// people (two connections) writing the same goal, plan, plan step or complaint, the one whose
// write is based on the older version is refused with a conflict and writes nothing. On a file
// and on the team server.
namespace {

using namespace rapport;
using test::TwoDesks;

template <typename T> void checkConflict(const core::Result<T>& refused)
{
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("nothing was written")));
}

} // namespace

TEST_CASE("Two people editing one goal: the later write based on the old version is refused",
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
    CHECK(goal.version == 1);

    core::KpiGoal annaEdit = goal;
    annaEdit.target = 85;
    core::KpiGoal benEdit = goal;
    benEdit.target = 75;
    REQUIRE_OK(core::GoalService(*desks.anna).update(annaEdit));
    CHECK(annaEdit.version == 2);
    const core::Status refused = core::GoalService(*desks.ben).update(benEdit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(benEdit.version == 1);

    auto stored = core::GoalService(*desks.ben).list();
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().target == 85);
    CHECK(stored->front().version == 2);

    // Read again, Ben's write goes through.
    benEdit = stored->front();
    benEdit.target = 75;
    REQUIRE_OK(core::GoalService(*desks.ben).update(benEdit));
    CHECK(benEdit.version == 3);
}

TEST_CASE("Two people adjusting one action plan: no revision is written for the refused one",
          "[engines][services][reflection]")
{
    TwoDesks desks;
    core::ActionPlan plan;
    plan.title = QStringLiteral("Call every buyer");
    plan.createdAt = test::utc("2026-09-01T00:00:00Z");
    REQUIRE_OK(core::ActionPlanService(*desks.anna).insert(plan));

    core::ActionPlan annaEdit = plan;
    annaEdit.status = QStringLiteral("done");
    core::ActionPlan benEdit = plan;
    benEdit.title = QStringLiteral("Call every buyer twice");
    auto annaWritten = core::ActionPlanService(*desks.anna)
                           .update(annaEdit, QStringLiteral("all called"), test::utc("2026-09-10T00:00:00Z"));
    REQUIRE_OK(annaWritten);
    REQUIRE(annaWritten->size() == 1);
    CHECK(annaEdit.version == 2);
    checkConflict(core::ActionPlanService(*desks.ben)
                      .update(benEdit, QStringLiteral("more"), test::utc("2026-09-11T00:00:00Z")));
    CHECK(core::ActionPlanService(*desks.ben).revisions(plan.id).value().size() == 1);

    // Ben's undo of a change he never made cannot happen, but Anna's undo after Ben's change
    // must not overwrite it: restore expects the version Anna's update left.
    core::ActionPlan benRead = core::ActionPlanService(*desks.ben).find(plan.id).value().value();
    benRead.title = QStringLiteral("Call every buyer twice");
    REQUIRE_OK(core::ActionPlanService(*desks.ben)
                   .update(benRead, QStringLiteral("more"), test::utc("2026-09-11T00:00:00Z")));
    core::ActionPlan annaPrevious = plan;
    annaPrevious.version = annaEdit.version;
    const core::Status undo = core::ActionPlanService(*desks.anna).restore(annaPrevious, *annaWritten);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().kind == core::ErrorKind::Conflict);
    const core::ActionPlan now = core::ActionPlanService(*desks.anna).find(plan.id).value().value();
    CHECK(now.title == QStringLiteral("Call every buyer twice"));
    CHECK(now.status == QStringLiteral("done"));
    CHECK(core::ActionPlanService(*desks.anna).revisions(plan.id).value().size() == 2);
}

TEST_CASE("Two people ticking one plan step or resolving one complaint: the stale write is refused",
          "[engines][services][reflection]")
{
    TwoDesks desks;
    core::ActionPlan plan;
    plan.title = QStringLiteral("Tidy the pipeline");
    plan.createdAt = test::utc("2026-09-01T00:00:00Z");
    REQUIRE_OK(core::ActionPlanService(*desks.anna).insert(plan));
    core::ActionPlanItem step{0, plan.id, 0, QStringLiteral("Close dead deals"), {}};
    REQUIRE_OK(core::ActionPlanService(*desks.anna).addItem(step));
    auto ticked = core::ActionPlanService(*desks.anna)
                      .setItemDone(step.id, step.version, test::utc("2026-09-02T00:00:00Z"));
    REQUIRE_OK(ticked);
    checkConflict(core::ActionPlanService(*desks.ben).setItemDone(step.id, step.version, {}));
    CHECK(core::ActionPlanService(*desks.ben).items(plan.id).value().front().doneAt.isValid());

    core::Customer customer;
    customer.externalId = QStringLiteral("C-1");
    customer.name = QStringLiteral("Harbour Foods");
    customer.acquiredAt = test::utc("2026-01-10T00:00:00Z");
    REQUIRE_OK(core::CustomerService(*desks.anna).insert(customer));
    core::Interaction complaint;
    complaint.customerId = customer.id;
    complaint.kind = core::InteractionKind::Complaint;
    complaint.occurredAt = test::utc("2026-09-01T09:00:00Z");
    std::optional<core::FollowUpTask> none;
    REQUIRE_OK(core::InteractionService(*desks.anna).log(complaint, none));
    REQUIRE(complaint.version == 1);
    auto resolved = core::InteractionService(*desks.anna)
                        .setResolved(complaint.id, complaint.version, test::utc("2026-09-02T09:00:00Z"));
    REQUIRE_OK(resolved);
    CHECK(*resolved == 2);
    // Ben, who saw it open, resolves it at another time: refused, Anna's time stays.
    checkConflict(core::InteractionService(*desks.ben)
                      .setResolved(complaint.id, complaint.version, test::utc("2026-09-03T09:00:00Z")));
    auto history = core::InteractionService(*desks.ben).forCustomer(customer.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front().resolvedAt == test::utc("2026-09-02T09:00:00Z"));
    CHECK(history->front().version == 2);
}
