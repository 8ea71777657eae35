#include "services/ProductService.h"

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"

// The product catalogue (issue 19) as the Products page and the log dialog use it, on a real
// file and on the team server alike.
using namespace rapport;

namespace {

struct Catalogue : test::BookOnEngine
{
    std::unique_ptr<core::Database> db = test::openOrFail(where);
    core::ProductService products{*db};

    core::Product add(const char* id, const char* name, const char* category = "")
    {
        core::Product p;
        p.externalId = QString::fromUtf8(id);
        p.name = QString::fromUtf8(name);
        p.category = QString::fromUtf8(category);
        auto added = products.add(p);
        REQUIRE_OK(added);
        return *added;
    }

    // Cleo, a customer since 2026, for interactions that name a product.
    core::Customer addCustomer()
    {
        core::Customer c;
        c.externalId = QStringLiteral("C-1");
        c.name = QStringLiteral("Cleo");
        c.acquiredAt = test::utc("2026-01-01T00:00:00Z");
        REQUIRE_OK(core::CustomerService(*db).insert(c));
        return c;
    }
};

} // namespace

TEST_CASE("products are added trimmed, listed by name, and a taken id is refused with its holder",
          "[engines][services][products]")
{
    Catalogue book;
    const core::Product kettle = book.add("  P-2 ", "  Kettle   Pro ", " Kitchen ");
    CHECK(kettle.id > 0);
    CHECK(kettle.version == 1);
    CHECK(kettle.externalId == QStringLiteral("P-2"));
    CHECK(kettle.name == QStringLiteral("Kettle Pro"));
    CHECK(kettle.category == QStringLiteral("Kitchen"));
    CHECK(kettle.active);
    book.add("P-1", "anvil");

    auto listed = book.products.list();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).name == QStringLiteral("anvil")); // case-insensitive order
    CHECK(listed->at(1) == kettle);

    core::Product again;
    again.externalId = QStringLiteral("P-2");
    again.name = QStringLiteral("Other");
    auto taken = book.products.add(again);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == core::ErrorKind::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("Kettle Pro")));

    core::Product nameless;
    nameless.externalId = QStringLiteral("P-3");
    nameless.name = QStringLiteral("   ");
    CHECK_FALSE(book.products.add(nameless));
    core::Product idless;
    idless.name = QStringLiteral("Idless");
    CHECK_FALSE(book.products.add(idless));
    REQUIRE_OK(book.products.list());
    CHECK(book.products.list()->size() == 2);
}

TEST_CASE("editing a product is versioned: a save based on an old version is a conflict",
          "[engines][services][products]")
{
    Catalogue book;
    const core::Product read = book.add("P-1", "Anvil");
    core::Product mine = read;
    mine.name = QStringLiteral("Anvil XL");
    auto saved = book.products.update(mine);
    REQUIRE_OK(saved);
    CHECK(saved->version == 2);

    core::Product theirs = read; // still version 1
    theirs.category = QStringLiteral("Tools");
    auto late = book.products.update(theirs);
    REQUIRE_FALSE(late);
    CHECK(late.error().kind == core::ErrorKind::Conflict);
    auto stored = book.products.find(read.id);
    REQUIRE_OK(stored);
    CHECK((*stored)->name == QStringLiteral("Anvil XL"));
    CHECK((*stored)->category.isEmpty());

    // Another product's id cannot be taken by an edit either.
    book.add("P-2", "Bolt");
    core::Product clash = *saved;
    clash.externalId = QStringLiteral("P-2");
    CHECK_FALSE(book.products.update(clash));
}

TEST_CASE("a product with history is retired, not removed, and stays in the full list",
          "[engines][services][products]")
{
    Catalogue book;
    const core::Product anvil = book.add("P-1", "Anvil");
    const core::Product bolt = book.add("P-2", "Bolt");

    const core::Customer c = book.addCustomer();
    core::Interaction purchase;
    purchase.customerId = c.id;
    purchase.kind = core::InteractionKind::Purchase;
    purchase.occurredAt = test::utc("2026-02-01T10:00:00Z");
    purchase.amountCents = 1250;
    purchase.productId = anvil.id;
    std::optional<core::FollowUpTask> none;
    REQUIRE_OK(core::InteractionService(*book.db).log(purchase, none));

    CHECK(*book.products.interactionCount(anvil.id) == 1);
    CHECK(*book.products.interactionCount(bolt.id) == 0);
    auto refused = book.products.remove(anvil.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("retire")));

    auto retired = book.products.setActive(anvil, false);
    REQUIRE_OK(retired);
    CHECK_FALSE(retired->active);
    REQUIRE(book.products.list(false)->size() == 1);
    CHECK(book.products.list(false)->at(0).externalId == QStringLiteral("P-2"));
    CHECK(book.products.list(true)->size() == 2);

    // An unused product can go (the undo of adding it).
    REQUIRE_OK(book.products.remove(bolt.id));
    CHECK_FALSE(book.products.find(bolt.id)->has_value());

    // The interaction keeps its product.
    auto logged = core::InteractionService(*book.db).forCustomer(c.id);
    REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->at(0).productId == anvil.id);
}

TEST_CASE("only purchases, complaints and support may name a product", "[engines][services][products]")
{
    Catalogue book;
    const core::Product anvil = book.add("P-1", "Anvil");
    const core::Customer c = book.addCustomer();
    core::Interaction call;
    call.customerId = c.id;
    call.kind = core::InteractionKind::Call;
    call.occurredAt = test::utc("2026-02-01T10:00:00Z");
    call.productId = anvil.id;
    std::optional<core::FollowUpTask> none;
    CHECK_FALSE(core::InteractionService(*book.db).log(call, none));
    call.kind = core::InteractionKind::Complaint;
    REQUIRE_OK(core::InteractionService(*book.db).log(call, none));
}

TEST_CASE("a product edit keeps someone else's save of other fields and stops on a field both changed",
          "[engines][services][products]")
{
    Catalogue c;
    const core::Product seen = c.add("T5", "Counter Terminal", "hardware");

    // Someone else renames it; this person, working from the old version, changes the category.
    core::Product theirs = seen;
    theirs.name = QStringLiteral("Counter Terminal T5");
    auto first = c.products.change(seen, theirs);
    REQUIRE_OK(first);
    REQUIRE(first->saved);
    core::Product mine = seen;
    mine.category = QStringLiteral("terminals");
    auto merged = c.products.change(seen, mine);
    REQUIRE_OK(merged);
    REQUIRE(merged->saved);
    CHECK_FALSE(merged->conflict);
    auto now = c.products.find(seen.id);
    REQUIRE_OK(now);
    CHECK((*now)->name == QStringLiteral("Counter Terminal T5"));
    CHECK((*now)->category == QStringLiteral("terminals"));
    CHECK((*now)->version == seen.version + 2);

    // Both change the name: nothing is written and the conflict names the field and their value.
    core::Product rename = seen;
    rename.name = QStringLiteral("Terminal Five");
    auto clash = c.products.change(seen, rename);
    REQUIRE_OK(clash);
    CHECK_FALSE(clash->saved);
    REQUIRE(clash->conflict);
    CHECK(clash->conflict->fields == std::vector<core::ProductField>{core::ProductField::Name});
    CHECK(clash->conflict->theirs.name == QStringLiteral("Counter Terminal T5"));
    CHECK((*c.products.find(seen.id))->name == QStringLiteral("Counter Terminal T5"));

    // Undo passes the edit reversed: only the category goes back.
    REQUIRE_OK(c.products.change(mine, seen));
    CHECK((*c.products.find(seen.id))->category == QStringLiteral("hardware"));
    CHECK((*c.products.find(seen.id))->name == QStringLiteral("Counter Terminal T5"));

    // A taken id is still refused, as a conflict of its own, and writes nothing.
    c.add("T6", "Counter Terminal T6");
    core::Product taken = **c.products.find(seen.id);
    core::Product toT6 = taken;
    toT6.externalId = QStringLiteral("T6");
    auto refused = c.products.change(taken, toT6);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("already belongs to Counter Terminal T6")));
}
