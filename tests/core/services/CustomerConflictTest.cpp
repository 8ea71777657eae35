#include "TestSupport.h"
#include "services/CustomerService.h"

// Two people (two connections) saving one customer at the same time (team.md, "Working at
// the same time"): a save based on an older version never overwrites someone else's change.
// Changes to different fields are merged; the same field given two values is a conflict that
// names the field and writes nothing. On a file and on the team server.
namespace {

using namespace rapport;

core::Customer read(core::Database& db, qint64 id)
{
    auto found = core::CustomerService(db).find(id);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    return **found;
}

} // namespace

TEST_CASE("Two people saving one customer: other fields merge, the same field conflicts, nothing is lost",
          "[engines][services][customers]")
{
    test::TwoDesks desks;
    auto& anna = desks.anna;
    auto& ben = desks.ben;
    core::Customer c;
    c.externalId = QStringLiteral("C-1");
    c.name = QStringLiteral("Harbour Foods");
    c.acquiredAt = test::utc("2026-01-10T00:00:00Z");
    REQUIRE_OK(core::CustomerService(*anna).insert(c));
    CHECK(c.version == 1);

    const core::Customer annaRead = read(*anna, c.id);
    const core::Customer benRead = read(*ben, c.id);
    REQUIRE(annaRead.version == 1);

    // Anna saves an email.
    core::Customer annaEdit = annaRead;
    annaEdit.email = QStringLiteral("orders@harbour.example");
    auto annaSaved = core::CustomerService(*anna).change(annaRead, annaEdit);
    REQUIRE_OK(annaSaved);
    REQUIRE(annaSaved->saved);
    CHECK_FALSE(annaSaved->merged);
    CHECK(annaSaved->saved->version == 2);

    // Ben, still on version 1, saves a phone number: both are kept.
    core::Customer benEdit = benRead;
    benEdit.phone = QStringLiteral("+44 20 7946 0000");
    auto benSaved = core::CustomerService(*ben).change(benRead, benEdit);
    REQUIRE_OK(benSaved);
    REQUIRE(benSaved->saved);
    CHECK(benSaved->merged);
    CHECK(read(*anna, c.id).email == annaEdit.email);
    CHECK(read(*anna, c.id).phone == benEdit.phone);
    CHECK(read(*anna, c.id).version == 3);

    // Ben, from his old read, gives the email another value: a conflict on that field only,
    // with Anna's value, and nothing is written.
    core::Customer benClash = benRead;
    benClash.email = QStringLiteral("ben@harbour.example");
    benClash.segment = QStringLiteral("enterprise");
    auto clash = core::CustomerService(*ben).change(benRead, benClash);
    REQUIRE_OK(clash);
    CHECK_FALSE(clash->saved);
    REQUIRE(clash->conflict);
    REQUIRE(clash->conflict->fields == std::vector<core::CustomerField>{core::CustomerField::Email});
    CHECK(clash->conflict->theirs.email == annaEdit.email);
    const core::Customer afterClash = read(*anna, c.id);
    CHECK(afterClash.email == annaEdit.email);
    CHECK(afterClash.segment.isEmpty());
    CHECK(afterClash.version == 3);

    // A plain write of an old version is refused as a conflict.
    core::Customer stale = annaRead;
    stale.name = QStringLiteral("Overwritten");
    const core::Status refused = core::CustomerService(*anna).update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::ErrorKind::Conflict);
    CHECK(read(*ben, c.id).name == c.name);

    // Undo of Anna's edit (the edit reversed) takes back her email and keeps Ben's phone.
    auto undone = core::CustomerService(*anna).change(*annaSaved->saved, annaRead);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    const core::Customer afterUndo = read(*ben, c.id);
    CHECK(afterUndo.email.isEmpty());
    CHECK(afterUndo.phone == benEdit.phone);
    CHECK(afterUndo.version == 4);

    // An undo whose field someone changed since is a conflict, not a silent revert.
    core::Customer benRename = afterUndo;
    benRename.phone = QStringLiteral("+44 20 7946 1111");
    REQUIRE(core::CustomerService(*ben).change(afterUndo, benRename)->saved);
    auto staleUndo = core::CustomerService(*ben).change(benEdit, benRead); // takes the phone back
    REQUIRE_OK(staleUndo);
    REQUIRE(staleUndo->conflict);
    CHECK(read(*anna, c.id).phone == benRename.phone);
}
