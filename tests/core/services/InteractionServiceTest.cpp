#include "services/InteractionService.h"

#include "ServiceFixture.h"
#include "services/FollowUpService.h"
#include "services/ListQueries.h"
#include "storage/FollowUpTaskRepository.h"

using namespace rapport;
using core::InteractionKind;

namespace {

core::Interaction purchase(qint64 customerId, const char* at, qint64 cents)
{
    core::Interaction i;
    i.customerId = customerId;
    i.repId = QStringLiteral("r1");
    i.kind = InteractionKind::Purchase;
    i.occurredAt = test::utc(at);
    i.amountCents = cents;
    return i;
}

core::FollowUpTask followUp(const char* rep, const char* due)
{
    core::FollowUpTask t;
    t.repId = QString::fromLatin1(rep);
    t.dueAt = test::utc(due);
    t.note = QStringLiteral("ask how it went");
    return t;
}

} // namespace

TEST_CASE("InteractionService logs an interaction with its follow-up and unlogs both",
          "[services][interactions]")
{
    test::ServiceFixture f;
    const core::Customer c = f.addCustomer("C-1", "Ada Lovelace", "", "", "r1");
    core::InteractionService service(*f.db);

    core::Interaction sale = purchase(c.id, "2026-03-02T10:00:00Z", 12'50);
    std::optional<core::FollowUpTask> task = followUp("r1", "2026-03-16T09:00:00Z");
    task->customerId = 999; // log() links it to the interaction's customer
    REQUIRE_OK(service.log(sale, task));
    CHECK(sale.id > 0);
    REQUIRE(task);
    CHECK(task->id > 0);
    CHECK(task->customerId == c.id);
    CHECK(task->sourceInteractionId == sale.id);

    auto history = service.forCustomer(c.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front() == sale);
    auto open =
        core::ListQueries(*f.db).openFollowUps(QStringLiteral("r1"), test::utc("2026-04-01T00:00:00Z"));
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    CHECK(open->front().task == *task);
    CHECK(open->front().customerName == QStringLiteral("Ada Lovelace"));

    REQUIRE_OK(service.unlog(sale, task));
    CHECK(f.count("interactions") == 0);
    CHECK(f.count("follow_up_tasks") == 0);
    CHECK(f.count("customers") == 1);

    // Without a follow-up only the interaction is stored, and unlog takes only it back.
    std::optional<core::FollowUpTask> none;
    core::Interaction call = purchase(c.id, "2026-03-03T10:00:00Z", 100);
    REQUIRE_OK(service.log(call, none));
    CHECK(f.count("interactions") == 1);
    CHECK(f.count("follow_up_tasks") == 0);
    REQUIRE_OK(service.unlog(call, none));
    CHECK(f.count("interactions") == 0);
}

TEST_CASE("InteractionService logs an interaction that completes an open follow-up, and unlog reopens it",
          "[services][interactions]")
{
    test::ServiceFixture f;
    const core::Customer c = f.addCustomer("C-1", "Ada Lovelace", "", "", "r1");
    core::InteractionService service(*f.db);
    core::FollowUpTask open = followUp("r1", "2026-03-05T09:00:00Z");
    open.customerId = c.id;
    REQUIRE_OK(core::FollowUpService(*f.db).insert(open));

    core::Interaction call = purchase(c.id, "2026-03-06T11:00:00Z", 100);
    call.kind = InteractionKind::Call;
    call.amountCents.reset();
    std::optional<core::FollowUpTask> next = followUp("r1", "2026-04-01T09:00:00Z");
    core::FollowUpRef completes{open.id, open.version};
    REQUIRE_OK(service.log(call, next, &completes));
    CHECK(completes.version == open.version + 1);
    auto stillOpen = core::FollowUpService(*f.db).openForCustomer(c.id);
    REQUIRE_OK(stillOpen);
    REQUIRE(stillOpen->size() == 1); // the new one only
    CHECK(stillOpen->front().id == next->id);
    auto done = core::FollowUpTaskRepository(*f.db).find(open.id);
    REQUIRE_OK(done);
    CHECK((*done)->doneAt == call.occurredAt);
    CHECK((*done)->doneInteractionId == call.id);

    // Undo reopens it while it is still done by this call (RecordFieldConflictTest: not when
    // someone else completed it since).
    REQUIRE_OK(service.unlog(call, next, &completes));
    auto reopened = core::FollowUpService(*f.db).openForCustomer(c.id);
    REQUIRE_OK(reopened);
    REQUIRE(reopened->size() == 1);
    CHECK(completes.version == 3); // completed, then reopened
    open.version = completes.version;
    CHECK(reopened->front() == open);
    CHECK(f.count("interactions") == 0);
}

TEST_CASE("InteractionService stores neither when the follow-up cannot be stored", "[services][interactions]")
{
    test::ServiceFixture f;
    const core::Customer c = f.addCustomer("C-1", "Ada Lovelace");
    core::Interaction sale = purchase(c.id, "2026-03-02T10:00:00Z", 500);
    // No rep "r9": the follow-up breaks its foreign key after the interaction was inserted.
    std::optional<core::FollowUpTask> task = followUp("r9", "2026-03-16T09:00:00Z");
    CHECK_FALSE(core::InteractionService(*f.db).log(sale, task).ok());
    CHECK(f.count("interactions") == 0);
    CHECK(f.count("follow_up_tasks") == 0);
}

TEST_CASE("InteractionService resolves and reopens a complaint and keeps the history in time order",
          "[services][interactions]")
{
    test::ServiceFixture f;
    const core::Customer c = f.addCustomer("C-1", "Ada Lovelace");
    const core::Interaction later =
        f.addInteraction(c.id, "r1", InteractionKind::Call, "2026-03-09T10:00:00Z");
    const core::Interaction complaint = f.addInteraction(c.id, "r2", InteractionKind::Complaint,
                                                         "2026-03-05T10:00:00Z", std::nullopt, "late");
    core::InteractionService service(*f.db);

    const QDateTime resolved = test::utc("2026-03-07T16:30:00Z");
    REQUIRE_OK(service.setResolved(complaint.id, 1, resolved));
    auto history = service.forCustomer(c.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 2);
    // Newest first: the call of the 9th, then the complaint of the 5th.
    CHECK(history->at(0).id == later.id);
    CHECK(history->at(1).id == complaint.id);
    CHECK(history->at(1).resolvedAt == resolved);

    // Resolved before it was made: refused by the schema, the resolution stays.
    CHECK_FALSE(service.setResolved(complaint.id, 2, test::utc("2026-03-01T00:00:00Z")).ok());
    auto unchanged = service.forCustomer(c.id);
    REQUIRE_OK(unchanged);
    CHECK(unchanged->at(1).resolvedAt == resolved);
    REQUIRE_OK(service.setResolved(complaint.id, 2, QDateTime()));
    auto reopened = service.forCustomer(c.id);
    REQUIRE_OK(reopened);
    CHECK_FALSE(reopened->at(1).resolvedAt.isValid());
}
