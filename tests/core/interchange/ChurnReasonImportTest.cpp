#include "InterchangeTestSupport.h"

// Issue 19: a churned customer's reason, from a customers file (interchange.md: stored trimmed,
// lower case, spaces as '_'; invalid without churned_at), on both engines.
using namespace rapport;
using core::CsvKind;
using test::countOf;
using test::importCsv;
using test::valueOf;

namespace {
QString reasonOf(core::Database& db, const char* customer)
{
    return valueOf(db, "SELECT churn_reason FROM customers WHERE external_id = ?",
                   {QString::fromLatin1(customer)})
        .toString();
}
} // namespace

TEST_CASE("churn reasons are stored as keys, and one without a churn date is refused with its line",
          "[engines][interchange][import][churn]")
{
    auto db = test::memoryDatabase();
    const auto r = importCsv(*db, CsvKind::Customers,
                             "external_id,name,acquired_at,churned_at,churn_reason\n"
                             "C1,Ann,2025-01-10,2025-06-01,  Product  Quality \n"
                             "C2,Ben,2025-01-10,2025-06-01,PRICE\n"
                             "C3,Cy,2025-01-10,2025-06-01,\n"
                             "C4,Dee,2025-01-10,,\n");
    REQUIRE(r.accepted);
    CHECK(r.added == 4);
    CHECK(reasonOf(*db, "C1") == QStringLiteral("product_quality"));
    CHECK(reasonOf(*db, "C2") == QStringLiteral("price"));
    CHECK(valueOf(*db, "SELECT churn_reason IS NULL FROM customers WHERE external_id = 'C3'").toBool());

    const auto refused = importCsv(*db, CsvKind::Customers,
                                   "external_id,name,acquired_at,churned_at,churn_reason\n"
                                   "C5,Eve,2025-01-10,,price\n");
    CHECK_FALSE(refused.accepted);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].toString() ==
          QStringLiteral("line 2: churn_reason: a churn reason needs churned_at"));
    CHECK(countOf(*db, "SELECT count(*) FROM customers") == 4);
}

TEST_CASE("a file without churn_reason keeps the stored reason, unless it takes the churn date away",
          "[engines][interchange][import][churn]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers,
                      "external_id,name,acquired_at,churned_at,churn_reason\n"
                      "C1,Ann,2025-01-10,2025-06-01,price\n"
                      "C2,Ben,2025-01-10,2025-06-01,service\n")
                .accepted);
    // Same churn date, no reason column: both reasons stay, nothing counts as updated.
    const auto same = importCsv(*db, CsvKind::Customers,
                                "external_id,name,acquired_at,churned_at\n"
                                "C1,Ann,2025-01-10,2025-06-01\n"
                                "C2,Ben,2025-01-10,2025-06-01\n");
    REQUIRE(same.accepted);
    CHECK(same.unchanged == 2);
    CHECK(reasonOf(*db, "C1") == QStringLiteral("price"));
    // C2 came back: the churn date goes, and its reason with it (never a reason without a date).
    const auto back = importCsv(*db, CsvKind::Customers,
                                "external_id,name,acquired_at,churned_at\n"
                                "C1,Ann,2025-01-10,2025-06-01\n"
                                "C2,Ben,2025-01-10,\n");
    REQUIRE(back.accepted);
    CHECK(back.updated == 1);
    CHECK(back.unchanged == 1);
    CHECK(reasonOf(*db, "C1") == QStringLiteral("price"));
    CHECK(
        valueOf(*db,
                "SELECT churned_at IS NULL AND churn_reason IS NULL FROM customers WHERE external_id = 'C2'")
            .toBool());
    // A file with the column changes the reason.
    const auto changed = importCsv(*db, CsvKind::Customers,
                                   "external_id,name,acquired_at,churned_at,churn_reason\n"
                                   "C1,Ann,2025-01-10,2025-06-01,Service\n");
    CHECK(changed.updated == 1);
    CHECK(reasonOf(*db, "C1") == QStringLiteral("service"));
}
