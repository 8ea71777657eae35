#include "InterchangeTestSupport.h"

// Schema 10: a customer's return (returned_at) is no column of the files; an import keeps it
// while the churn date it follows stays, and forgets it when the file takes the churn date
// away (a correction: they never left). A later churn date means they left again: the earlier
// churn and its return move to past_churns (schema 12) and the row holds the new churn. On both
// engines (ImportStore's partial update, ServerImportSql).
using namespace rapport;
using core::CsvKind;
using test::importCsv;
using test::valueOf;

namespace {
QVariant returnedOf(core::Database& db, const char* customer)
{
    return valueOf(db, "SELECT returned_at FROM customers WHERE external_id = ?",
                   {QString::fromLatin1(customer)});
}
} // namespace

TEST_CASE("an import keeps a return beside its churn date and forgets it when the churn date goes or moves "
          "past it",
          "[engines][interchange][import][churn][returns]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers,
                      "external_id,name,acquired_at,churned_at,churn_reason\n"
                      "C1,Ann,2025-01-10,2025-06-01,price\n"
                      "C2,Ben,2025-01-10,2025-06-01,price\n"
                      "C3,Cy,2025-01-10,2025-06-01,price\n"
                      "C4,Dee,2025-01-10,2025-06-01,price\n")
                .accepted);
    const qint64 back = test::utc("2025-09-01T00:00:00Z").toSecsSinceEpoch();
    REQUIRE_OK(core::sql::execText(db->connection(),
                                   QStringLiteral("UPDATE customers SET returned_at = %1").arg(back)));
    // No churn date column: every return stays.
    const auto names = importCsv(*db, CsvKind::Customers,
                                 "external_id,name,acquired_at\n"
                                 "C1,Ann A.,2025-01-10\n");
    REQUIRE(names.accepted);
    CHECK(names.updated == 1);
    CHECK(returnedOf(*db, "C1").toLongLong() == back);

    const auto r = importCsv(*db, CsvKind::Customers,
                             "external_id,name,acquired_at,churned_at\n"
                             "C1,Ann A.,2025-01-10,2025-06-01\n" // the same churn: unchanged
                             "C2,Ben,2025-01-10,\n"              // no churn any more
                             "C3,Cy,2025-01-10,2025-10-01\n"     // left again after coming back
                             "C4,Dee,2025-01-10,2025-05-01\n");  // an earlier churn date
    REQUIRE(r.accepted);
    CHECK(r.unchanged == 1);
    CHECK(r.updated == 3);
    CHECK(returnedOf(*db, "C1").toLongLong() == back);
    CHECK(returnedOf(*db, "C2").isNull());
    CHECK(returnedOf(*db, "C3").isNull());
    CHECK(returnedOf(*db, "C4").toLongLong() == back);
    // C3's first churn and return are kept, with the reason they gave then.
    CHECK(valueOf(*db, "SELECT count(*) FROM past_churns").toLongLong() == 1);
    CHECK(valueOf(*db,
                  "SELECT p.churned_at || ' ' || p.churn_reason || ' ' || p.returned_at FROM past_churns p"
                  " JOIN customers c ON c.id = p.customer_id WHERE c.external_id = 'C3'")
              .toString() ==
          QStringLiteral("%1 price %2").arg(test::utc("2025-06-01T00:00:00Z").toSecsSinceEpoch()).arg(back));
    CHECK(valueOf(*db, "SELECT churned_at FROM customers WHERE external_id = 'C3'").toLongLong() ==
          test::utc("2025-10-01T00:00:00Z").toSecsSinceEpoch());
    CHECK(valueOf(*db, "SELECT churn_reason FROM customers WHERE external_id = 'C4'").toString() ==
          QStringLiteral("price"));
}
