#include "storage/InteractionListStore.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"

using namespace rapport;
using core::InteractionListStore;

namespace {

qint64 addCustomer(core::Database& db, const QString& name, const QString& company)
{
    core::Customer c;
    c.externalId = name;
    c.name = name;
    c.company = company;
    c.acquiredAt = test::utc("2025-01-01T00:00:00Z");
    REQUIRE_OK(core::CustomerRepository(db).insert(c));
    return c.id;
}

qint64 addInteraction(core::Database& db, qint64 customer, const char* rep, core::InteractionKind kind,
                      const char* when, std::optional<qint64> amount = {}, const QString& notes = {})
{
    core::Interaction i;
    i.customerId = customer;
    i.repId = QString::fromLatin1(rep);
    i.kind = kind;
    i.occurredAt = test::utc(when);
    i.amountCents = amount;
    i.notes = notes;
    if (kind == core::InteractionKind::Complaint)
        i.category = QStringLiteral("billing");
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
    return i.id;
}

std::vector<qint64> ids(const std::vector<InteractionListStore::Row>& rows)
{
    std::vector<qint64> result;
    for (const auto& row : rows)
        result.push_back(row.id);
    return result;
}

// Three customers and five interactions:
//   first   Ada    call       2026-01-01 10:00  ann
//   second  Alan   purchase   2026-01-02 10:00  bob  19.99
//   third   Grace  complaint  2026-01-03 10:00  ann  billing
//   fourth  Ada    email      2026-01-03 10:00  bob  (same instant as third, higher id)
//   fifth   Alan   note       2026-01-05 10:00  no rep, 300 characters of notes
struct Book
{
    Book()
    {
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("ann"), QStringLiteral("Ann Archer"), core::RepRole::Rep}));
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("bob"), QStringLiteral("Bob Baker"), core::RepRole::Rep}));
        ada = addCustomer(*db, QStringLiteral("Ada Lovelace"), QStringLiteral("Analytical Engines"));
        alan = addCustomer(*db, QStringLiteral("Alan Turing"), QStringLiteral("Bletchley Works"));
        grace = addCustomer(*db, QStringLiteral("Grace Hopper"), QStringLiteral("Cobol Compilers"));
        first = addInteraction(*db, ada, "ann", core::InteractionKind::Call, "2026-01-01T10:00:00Z");
        second =
            addInteraction(*db, alan, "bob", core::InteractionKind::Purchase, "2026-01-02T10:00:00Z", 1999);
        third = addInteraction(*db, grace, "ann", core::InteractionKind::Complaint, "2026-01-03T10:00:00Z");
        fourth = addInteraction(*db, ada, "bob", core::InteractionKind::Email, "2026-01-03T10:00:00Z");
        fifth = addInteraction(*db, alan, "", core::InteractionKind::Note, "2026-01-05T10:00:00Z", {},
                               QString(300, QLatin1Char('n')));
    }

    std::vector<qint64> list(const InteractionListStore::Filter& filter, int limit = 100) const
    {
        auto rows = InteractionListStore(*db).page(filter, std::nullopt, limit);
        REQUIRE_OK(rows);
        return ids(*rows);
    }

    std::unique_ptr<core::Database> db = test::memoryDatabase();
    qint64 ada = 0, alan = 0, grace = 0;
    qint64 first = 0, second = 0, third = 0, fourth = 0, fifth = 0;
};

} // namespace

TEST_CASE("the interaction list is newest first, a later id first among equal times",
          "[storage][interactions]")
{
    Book b;
    CHECK(b.list({}) == std::vector<qint64>{b.fifth, b.fourth, b.third, b.second, b.first});
}

TEST_CASE("an interaction row carries its customer, rep name, amount and a notes excerpt",
          "[storage][interactions]")
{
    Book b;
    auto rows = InteractionListStore(*b.db).page({}, std::nullopt, 5);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 5);
    const auto& note = (*rows)[0];
    CHECK(note.customerId == b.alan);
    CHECK(note.customerName == QStringLiteral("Alan Turing"));
    CHECK(note.company == QStringLiteral("Bletchley Works"));
    CHECK(note.kind == QStringLiteral("note"));
    CHECK(note.rep.isEmpty());
    CHECK(note.notes == QString(InteractionListStore::kNotesExcerpt, QLatin1Char('n')));
    CHECK(note.occurredAt == test::utc("2026-01-05T10:00:00Z"));
    const auto& purchase = (*rows)[3];
    CHECK(purchase.repName == QStringLiteral("Bob Baker"));
    REQUIRE(purchase.amountCents.has_value());
    CHECK(*purchase.amountCents == 1999);
    CHECK((*rows)[2].category == QStringLiteral("billing"));
    CHECK_FALSE((*rows)[4].amountCents.has_value());
}

TEST_CASE("the interaction list filters by kind, rep and a period with its end excluded",
          "[storage][interactions]")
{
    Book b;
    InteractionListStore::Filter calls;
    calls.kind = QStringLiteral("call");
    CHECK(b.list(calls) == std::vector<qint64>{b.first});

    InteractionListStore::Filter ann;
    ann.rep = QStringLiteral("ann");
    CHECK(b.list(ann) == std::vector<qint64>{b.third, b.first});

    InteractionListStore::Filter period;
    period.from = test::utc("2026-01-02T10:00:00Z"); // the purchase's instant: included
    period.to = test::utc("2026-01-05T10:00:00Z");   // the note's instant: excluded
    CHECK(b.list(period) == std::vector<qint64>{b.fourth, b.third, b.second});

    InteractionListStore::Filter annInPeriod = period;
    annInPeriod.rep = QStringLiteral("ann");
    annInPeriod.kind = QStringLiteral("complaint");
    CHECK(b.list(annInPeriod) == std::vector<qint64>{b.third});
}

TEST_CASE("the customer search finds interactions by customer name or company, any case",
          "[storage][interactions]")
{
    Book b;
    InteractionListStore::Filter byCompany;
    byCompany.search = QStringLiteral("bletch");
    InteractionListStore::Filter byName;
    byName.search = QStringLiteral("  ADA ");
    InteractionListStore::Filter nobody;
    nobody.search = QStringLiteral("50%");
    // With three customers one match is a broad search (the time index is walked) ...
    CHECK(b.list(byCompany) == std::vector<qint64>{b.fifth, b.second});
    CHECK(b.list(byName) == std::vector<qint64>{b.fourth, b.first});
    CHECK(b.list(nobody).empty());
    // ... with a hundred more customers it is a narrow one (their histories are read): same answers.
    for (int n = 0; n < 100; ++n)
        addCustomer(*b.db, QStringLiteral("Filler %1").arg(n), QStringLiteral("Quiet Co"));
    CHECK(b.list(byCompany) == std::vector<qint64>{b.fifth, b.second});
    CHECK(b.list(byName) == std::vector<qint64>{b.fourth, b.first});
    byName.kind = QStringLiteral("email");
    CHECK(b.list(byName) == std::vector<qint64>{b.fourth});
}

TEST_CASE("interaction pages continue after the last row without gaps or repeats",
          "[engines][storage][interactions]")
{
    Book b;
    InteractionListStore store(*b.db);
    auto one = store.page({}, std::nullopt, 2);
    REQUIRE_OK(one);
    CHECK(ids(*one) == std::vector<qint64>{b.fifth, b.fourth});
    // The fourth and the third share an instant: the cursor's id keeps the third on page two.
    auto two = store.page({}, InteractionListStore::Cursor::after(one->back()), 2);
    REQUIRE_OK(two);
    CHECK(ids(*two) == std::vector<qint64>{b.third, b.second});
    auto three = store.page({}, InteractionListStore::Cursor::after(two->back()), 2);
    REQUIRE_OK(three);
    CHECK(ids(*three) == std::vector<qint64>{b.first});
    auto four = store.page({}, InteractionListStore::Cursor::after(three->back()), 2);
    REQUIRE_OK(four);
    CHECK(four->empty());

    InteractionListStore::Filter ann;
    ann.rep = QStringLiteral("ann");
    auto annOne = store.page(ann, std::nullopt, 1);
    REQUIRE_OK(annOne);
    auto annTwo = store.page(ann, InteractionListStore::Cursor::after(annOne->back()), 1);
    REQUIRE_OK(annTwo);
    CHECK(ids(*annOne) == std::vector<qint64>{b.third});
    CHECK(ids(*annTwo) == std::vector<qint64>{b.first});
}
