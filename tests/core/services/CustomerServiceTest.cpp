#include "services/CustomerService.h"

#include "ServiceFixture.h"
#include "services/FollowUpService.h"

using namespace rapport;
using core::InteractionKind;

TEST_CASE("CustomerService stores, finds and updates a customer", "[services][customers]")
{
    test::ServiceFixture f;
    core::CustomerService service(*f.db);
    const core::Customer ada =
        f.addCustomer("C-1", "Ada Lovelace", "Analytical Ltd", "smb", "r1", "2025-02-01T00:00:00Z");
    CHECK(ada.id > 0);

    auto found = service.find(ada.id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK(**found == ada);
    auto byRef = service.findByExternalId(QStringLiteral("C-1"));
    REQUIRE_OK(byRef);
    REQUIRE(byRef->has_value());
    CHECK((*byRef)->id == ada.id);
    auto missing = service.findByExternalId(QStringLiteral("C-404"));
    REQUIRE_OK(missing);
    CHECK_FALSE(missing->has_value());

    core::Customer changed = ada;
    changed.company = QStringLiteral("Engine Works");
    changed.churnedAt = test::utc("2025-12-31T00:00:00Z");
    REQUIRE_OK(service.update(changed));
    auto after = service.find(ada.id);
    REQUIRE_OK(after);
    CHECK(**after == changed);

    // The external id is unique: a second C-1 is refused and nothing is added.
    core::Customer twin = ada;
    twin.id = 0;
    CHECK_FALSE(service.insert(twin).ok());
    CHECK(f.count("customers") == 1);
}

TEST_CASE("CustomerService lists segments for the filter and for the scope pickers", "[services][customers]")
{
    test::ServiceFixture f;
    f.addCustomer("C-1", "A", "", "smb");
    f.addCustomer("C-2", "B", "", "Enterprise");
    f.addCustomer("C-3", "C", "", "smb");
    f.addCustomer("C-4", "D", "", ""); // stored as no segment
    core::CustomerService service(*f.db);
    auto segments = service.segments();
    REQUIRE_OK(segments);
    CHECK(*segments == QStringList{QStringLiteral("Enterprise"), QStringLiteral("smb")});
    auto scope = service.scopeSegments();
    REQUIRE_OK(scope);
    CHECK(*scope == QStringList{QStringLiteral("Enterprise"), QStringLiteral("smb")});
}

TEST_CASE("CustomerService removes a customer with everything on it and restores it with the same ids",
          "[services][customers]")
{
    test::ServiceFixture f;
    const core::Customer gone = f.addCustomer("C-1", "Gone Soon", "", "smb", "r1");
    const core::Customer kept = f.addCustomer("C-2", "Staying Put", "", "smb", "r2");
    f.addInteraction(gone.id, "r1", InteractionKind::Call, "2026-01-05T10:00:00Z");
    f.addInteraction(gone.id, "r1", InteractionKind::Purchase, "2026-01-06T10:00:00Z", 4200);
    f.addInteraction(kept.id, "r2", InteractionKind::Call, "2026-01-07T10:00:00Z");
    f.addSurvey(gone.id, core::SurveyKind::Csat, 4, "2026-01-08T10:00:00Z");
    core::FollowUpTask task;
    task.customerId = gone.id;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc("2026-02-01T09:00:00Z");
    REQUIRE_OK(core::FollowUpService(*f.db).insert(task));

    core::CustomerService service(*f.db);
    auto history = core::InteractionService(*f.db).forCustomer(gone.id);
    REQUIRE_OK(history);
    auto snapshot = service.removeCapturing(gone.id);
    REQUIRE_OK(snapshot);
    QMap<QString, int> captured;
    for (const auto& table : *snapshot)
        captured[table.table] += static_cast<int>(table.rows.size());
    CHECK(captured.value(QStringLiteral("customers")) == 1);
    CHECK(captured.value(QStringLiteral("interactions")) == 2);
    CHECK(captured.value(QStringLiteral("survey_responses")) == 1);
    CHECK(captured.value(QStringLiteral("follow_up_tasks")) == 1);
    CHECK(f.count("customers") == 1);
    CHECK(f.count("interactions") == 1); // the other customer's call
    CHECK(f.count("survey_responses") == 0);
    CHECK(f.count("follow_up_tasks") == 0);
    auto none = service.find(gone.id);
    REQUIRE_OK(none);
    CHECK_FALSE(none->has_value());

    REQUIRE_OK(service.restore(*snapshot));
    auto back = service.find(gone.id);
    REQUIRE_OK(back);
    REQUIRE(back->has_value());
    CHECK(**back == gone);
    auto historyBack = core::InteractionService(*f.db).forCustomer(gone.id);
    REQUIRE_OK(historyBack);
    CHECK(*historyBack == *history);
    CHECK(f.count("interactions") == 3);
    CHECK(f.count("survey_responses") == 1);
    CHECK(f.count("follow_up_tasks") == 1);
}

TEST_CASE("a delete names the version it saw: a customer changed or deleted since stays as it is",
          "[services][customers]")
{
    test::ServiceFixture f;
    const core::Customer seen = f.addCustomer("C-1", "Gone Soon", "", "smb", "r1");
    f.addInteraction(seen.id, "r1", InteractionKind::Call, "2026-01-05T10:00:00Z");
    core::CustomerService service(*f.db);

    // Someone else renames them after this person read them.
    core::Customer renamed = seen;
    renamed.name = QStringLiteral("Staying After All");
    REQUIRE_OK(service.change(seen, renamed));
    auto refused = service.removeCapturing(seen.id, seen.version);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Staying After All")));
    CHECK(f.count("customers") == 1);
    CHECK(f.count("interactions") == 1);

    // With the version now stored the delete goes through; undo restores that version, and
    // the delete's redo expects it again.
    const qint64 now = (*service.find(seen.id))->version;
    CHECK(now == seen.version + 1);
    auto snapshot = service.removeCapturing(seen.id, now);
    REQUIRE_OK(snapshot);
    CHECK(f.count("customers") == 0);
    auto again = service.removeCapturing(seen.id, now);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("deleted this customer already")));
    REQUIRE_OK(service.restore(*snapshot));
    CHECK((*service.find(seen.id))->version == now);
    REQUIRE_OK(service.removeCapturing(seen.id, now));
    CHECK(f.count("customers") == 0);
    CHECK(f.count("interactions") == 0);
}
