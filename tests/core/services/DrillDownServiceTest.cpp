#include "services/DrillDownService.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"

using namespace rapport;
using core::DrillDownRecords;
using test::utc;

namespace {

struct Book
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    qint64 ada = 0;
    qint64 alan = 0;

    Book()
    {
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("fbrennan"), QStringLiteral("Finn Brennan"), core::RepRole::Rep}));
        ada = customer("C-1", "Ada Lovelace", QStringLiteral("fbrennan"));
        alan = customer("C-2", "Alan Turing", QString()); // nobody's customer
        interaction(ada, core::InteractionKind::Purchase, "2026-08-03T10:00:00Z", QStringLiteral("fbrennan"));
        interaction(alan, core::InteractionKind::Purchase, "2026-08-04T10:00:00Z", QString());
        interaction(ada, core::InteractionKind::Complaint, "2026-08-05T10:00:00Z",
                    QStringLiteral("fbrennan"));
    }

    qint64 customer(const char* number, const char* name, const QString& owner)
    {
        core::Customer c;
        c.externalId = QString::fromLatin1(number);
        c.name = QString::fromLatin1(name);
        c.owner = owner;
        c.acquiredAt = utc("2026-01-10T00:00:00Z");
        REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        return c.id;
    }

    void interaction(qint64 customer, core::InteractionKind kind, const char* at, const QString& rep)
    {
        core::Interaction i;
        i.customerId = customer;
        i.kind = kind;
        i.occurredAt = utc(at);
        i.repId = rep;
        if (kind == core::InteractionKind::Purchase)
            i.amountCents = 1000;
        REQUIRE_OK(core::InteractionRepository(*db).insert(i));
    }

    core::DrillDownTable records(DrillDownRecords what) const
    {
        auto table = core::DrillDownService(*db).records(what, utc("2026-08-01T00:00:00Z").toSecsSinceEpoch(),
                                                         utc("2026-09-01T00:00:00Z").toSecsSinceEpoch(),
                                                         core::Scope::all());
        REQUIRE_OK(table);
        return *table;
    }
};

} // namespace

TEST_CASE("drill-down records name the rep and the owner, and keep the customer's id for opening them",
          "[engines][storage]")
{
    Book b;

    const auto purchases = b.records(DrillDownRecords::Purchases); // newest first
    REQUIRE(purchases.rows.size() == 2);
    CHECK(purchases.rows[0].at(3).toString() == QStringLiteral("Alan Turing"));
    CHECK_FALSE(purchases.rows[0].at(4).isValid()); // logged by nobody: empty, not an id
    CHECK(purchases.rows[1].at(3).toString() == QStringLiteral("Ada Lovelace"));
    CHECK(purchases.rows[1].at(4).toString() == QStringLiteral("Finn Brennan")); // not "fbrennan"
    CHECK(purchases.rows[1].at(core::drillDownCustomerIdColumn(DrillDownRecords::Purchases)).toLongLong() ==
          b.ada);

    const auto complaints = b.records(DrillDownRecords::Complaints);
    REQUIRE(complaints.rows.size() == 1);
    CHECK(complaints.rows[0].at(4).toString() == QStringLiteral("Finn Brennan"));

    const auto customers = b.records(DrillDownRecords::ActiveCustomers); // by name
    REQUIRE(customers.rows.size() == 2);
    CHECK(customers.rows[0].at(1).toString() == QStringLiteral("Ada Lovelace"));
    CHECK(customers.rows[0].at(3).toString() == QStringLiteral("Finn Brennan"));
    CHECK_FALSE(customers.rows[1].at(3).isValid());
    CHECK(customers.rows[1]
              .at(core::drillDownCustomerIdColumn(DrillDownRecords::ActiveCustomers))
              .toLongLong() == b.alan);
}
