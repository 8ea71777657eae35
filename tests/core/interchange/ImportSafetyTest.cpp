// The import rules of the data-safety pass (issue 18): what a re-import may change, how
// rows are matched and which files are refused. docs/reliability.md ("Importing") names
// each of these tests.
#include "InterchangeTestSupport.h"
#include "storage/InteractionRepository.h"

using namespace rapport;
using core::CsvKind;
using core::ImportOptions;
using test::countOf;
using test::importCsv;
using test::problemLines;
using test::valueOf;

namespace {

void storeInteraction(core::Database& db, const char* customer, core::InteractionKind kind, const char* at,
                      const char* notes)
{
    core::Interaction i;
    i.customerId =
        countOf(db, "SELECT id FROM customers WHERE external_id = ?", {QString::fromLatin1(customer)});
    i.kind = kind;
    i.occurredAt = test::utc(at);
    i.notes = QString::fromLatin1(notes);
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
}

} // namespace

TEST_CASE("a column the file does not have leaves the stored values alone",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Reps, "id,name,role\nm1,Mia,manager\n").written);
    REQUIRE(importCsv(*db, CsvKind::Customers,
                      "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at\n"
                      "C1,Ann,Archer Ltd,ann@example.com,+44 1,smb,m1,2025-01-10,2025-09-01\n"
                      "C2,Ben,Brook Ltd,ben@example.com,+44 2,enterprise,m1,2025-01-10,\n")
                .written);
    REQUIRE(importCsv(*db, CsvKind::Interactions,
                      "external_id,customer,kind,occurred_at,category,notes,resolved_at\n"
                      "I1,C1,complaint,2025-02-01T10:00:00Z,delivery,late,2025-02-03\n")
                .written);

    // Only the required columns: nothing changes, and nothing is counted as updated.
    auto c = importCsv(*db, CsvKind::Customers,
                       "external_id,name,acquired_at\nC1,Ann,2025-01-10\nC2,Ben,2025-01-10\n");
    REQUIRE(c.written);
    CHECK(c.updated == 0);
    CHECK(c.unchanged == 2);
    CHECK(valueOf(*db, "SELECT company FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("Archer Ltd"));
    CHECK(valueOf(*db, "SELECT email FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("ann@example.com"));
    CHECK(valueOf(*db, "SELECT phone FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("+44 1"));
    CHECK(valueOf(*db, "SELECT segment FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("smb"));
    CHECK(valueOf(*db, "SELECT owner FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("m1"));
    CHECK(countOf(*db, "SELECT count(*) FROM customers WHERE churned_at IS NOT NULL") == 1); // still churned

    // A changed name updates the name only.
    c = importCsv(*db, CsvKind::Customers, "external_id,name,acquired_at\nC1,Ann Archer,2025-01-10\n");
    CHECK(c.updated == 1);
    CHECK(valueOf(*db, "SELECT company FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("Archer Ltd"));
    CHECK(countOf(*db, "SELECT count(*) FROM customers WHERE churned_at IS NOT NULL") == 1);

    // An empty cell in a column the file has is "no value": it clears.
    c = importCsv(*db, CsvKind::Customers, "external_id,name,company,acquired_at\nC2,Ben,,2025-01-10\n");
    CHECK(c.updated == 1);
    CHECK(valueOf(*db, "SELECT company FROM customers WHERE external_id = 'C2'").isNull());
    CHECK(valueOf(*db, "SELECT email FROM customers WHERE external_id = 'C2'").toString() ==
          QStringLiteral("ben@example.com"));

    // An interactions file without category and resolved_at keeps the complaint resolved.
    const auto i = importCsv(*db, CsvKind::Interactions,
                             "external_id,customer,kind,occurred_at\nI1,C1,complaint,2025-02-01T10:00:00Z\n");
    REQUIRE(i.written);
    CHECK(i.unchanged == 1);
    CHECK(countOf(*db,
                  "SELECT count(*) FROM interactions WHERE resolved_at IS NOT NULL AND category = 'delivery'"
                  " AND notes = 'late'") == 1);

    // A reps file without role does not demote a manager.
    const auto r = importCsv(*db, CsvKind::Reps, "id,name\nm1,Mia Moss\n");
    CHECK(r.updated == 1);
    CHECK(valueOf(*db, "SELECT role FROM reps WHERE id = 'm1'").toString() == QStringLiteral("manager"));
    CHECK(valueOf(*db, "SELECT name FROM reps WHERE id = 'm1'").toString() == QStringLiteral("Mia Moss"));
}

TEST_CASE("a kept value that contradicts the file's new values makes the row invalid",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers,
                      "external_id,name,acquired_at,churned_at\nC1,Ann,2025-01-10,2025-03-01\n")
                .written);
    // acquired_at moves after the kept churned_at: refused with a reason, not a database error.
    const auto r = importCsv(*db, CsvKind::Customers, "external_id,name,acquired_at\nC1,Ann,2025-06-01\n");
    CHECK_FALSE(r.accepted);
    REQUIRE(r.problems.size() == 1);
    CHECK(problemLines(r)[0].startsWith(
        QStringLiteral("line 2: acquired_at: 2025-06-01T00:00:00Z is after the stored "
                       "churned_at 2025-03-01T00:00:00Z")));
    CHECK(countOf(*db, "SELECT acquired_at FROM customers") ==
          test::utc("2025-01-10T00:00:00Z").toSecsSinceEpoch());
}

TEST_CASE("a corrected keyless interaction is updated in place, not added again",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    test::importTwoCustomers(*db);
    const QByteArray header = "customer,rep,kind,occurred_at,amount,category,resolved_at\n";
    REQUIRE(importCsv(*db, CsvKind::Interactions,
                      header + "C1,r1,purchase,2025-02-01T10:00:00Z,100.00,licences,\n"
                               "C1,r1,complaint,2025-02-02T10:00:00Z,,delivery,\n")
                .added == 2);
    // The category of the purchase corrected, the complaint resolved.
    const auto r = importCsv(*db, CsvKind::Interactions,
                             header + "C1,r1,purchase,2025-02-01T10:00:00Z,100.00,training,\n"
                                      "C1,r1,complaint,2025-02-02T10:00:00Z,,delivery,2025-02-05\n");
    REQUIRE(r.written);
    CHECK(r.added == 0);
    CHECK(r.updated == 2);
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 2);
    CHECK(countOf(*db, "SELECT sum(amount_cents) FROM interactions") == 10000);
    CHECK(valueOf(*db, "SELECT category FROM interactions WHERE kind = 'purchase'").toString() ==
          QStringLiteral("training"));
    CHECK(countOf(*db,
                  "SELECT count(*) FROM interactions WHERE kind = 'complaint' AND resolved_at IS NULL") == 0);
    // Another amount is another purchase.
    const auto other =
        importCsv(*db, CsvKind::Interactions, header + "C1,r1,purchase,2025-02-01T10:00:00Z,50.00,,\n");
    CHECK(other.added == 1);
}

TEST_CASE("a keyless interaction matching two stored ones is refused as ambiguous unless it equals one",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    test::importTwoCustomers(*db);
    storeInteraction(*db, "C1", core::InteractionKind::Call, "2025-02-01T10:00:00Z", "first");
    storeInteraction(*db, "C1", core::InteractionKind::Call, "2025-02-01T10:00:00Z", "second");
    const QByteArray header = "customer,kind,occurred_at,notes\n";
    const auto same = importCsv(*db, CsvKind::Interactions, header + "C1,call,2025-02-01T10:00:00Z,second\n");
    CHECK(same.written);
    CHECK(same.unchanged == 1);
    const auto other = importCsv(*db, CsvKind::Interactions, header + "C1,call,2025-02-01T10:00:00Z,third\n");
    CHECK_FALSE(other.accepted);
    REQUIRE(other.problems.size() == 1);
    CHECK(problemLines(other)[0].startsWith(QStringLiteral("line 2: row: matches 2 stored interactions")));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions WHERE notes = 'third'") == 0);
}

TEST_CASE("two rows of one file that name the same record are invalid",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    auto firstProblem = [](const core::ImportReport& r) {
        CHECK_FALSE(r.accepted);
        REQUIRE(r.problems.size() == 1);
        return r.problems[0].toString();
    };
    CHECK(firstProblem(importCsv(*db, CsvKind::Reps, "id,name\nr1,Ann\nr2,Ben\n r1 ,Ann\n"))
              .startsWith(QStringLiteral("line 4: id: duplicates line 2")));
    test::importTwoCustomers(*db);
    CHECK(
        firstProblem(importCsv(*db, CsvKind::Customers,
                               "external_id,name,acquired_at\nC1,Ann,2025-01-10\nC1,Ann Archer,2025-01-10\n"))
            .startsWith(QStringLiteral("line 3: external_id: duplicates line 2")));
    // New ones too, and in different batches of the store (64 rows each).
    QByteArray many = "external_id,name,acquired_at\n";
    for (int i = 1; i <= 100; ++i)
        many += "N" + QByteArray::number(i) + ",New,2025-01-10\n";
    many += "N5,New,2025-01-10\n";
    CHECK(firstProblem(importCsv(*db, CsvKind::Customers, many))
              .startsWith(QStringLiteral("line 102: external_id: duplicates line 6")));
    CHECK(firstProblem(
              importCsv(
                  *db, CsvKind::Interactions,
                  "external_id,customer,kind,occurred_at\nI1,C1,call,2025-02-01\nI1,C1,note,2025-02-01\n"))
              .startsWith(QStringLiteral("line 3: external_id: duplicates line 2")));
    // Keyless interactions: the same customer, kind, time, rep and amount.
    CHECK(firstProblem(
              importCsv(*db, CsvKind::Interactions,
                        "customer,kind,occurred_at,notes\nC1,call,2025-02-01,a\nC1,call,2025-02-01,b\n"))
              .startsWith(QStringLiteral("line 3: row: duplicates line 2")));
    // Keyless survey answers on the same day: the first is no longer lost.
    CHECK(firstProblem(
              importCsv(*db, CsvKind::Surveys,
                        "customer,survey,score,responded_at\nC1,nps,9,2025-02-01\nC1,nps,3,2025-02-01\n"))
              .startsWith(QStringLiteral("line 3: row: duplicates line 2")));
    CHECK(firstProblem(importCsv(*db, CsvKind::Surveys,
                                 "external_id,customer,survey,score,responded_at\nS1,C1,nps,9,2025-02-01\n"
                                 "S1,C1,nps,9,2025-02-02\n"))
              .startsWith(QStringLiteral("line 3: external_id: duplicates line 2")));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 0);
    CHECK(countOf(*db, "SELECT count(*) FROM survey_responses") == 0);

    // With skip-invalid the first row is imported and a re-import is unchanged, not updated.
    ImportOptions skip;
    skip.skipInvalid = true;
    const QByteArray twice = "external_id,name,acquired_at\nC1,Ann Archer,2025-01-10\nC1,Ann A.,2025-01-10\n";
    CHECK(importCsv(*db, CsvKind::Customers, twice, skip).invalidRows == 1);
    const auto again = importCsv(*db, CsvKind::Customers, twice, skip);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 1);
    CHECK(valueOf(*db, "SELECT name FROM customers WHERE external_id = 'C1'").toString() ==
          QStringLiteral("Ann Archer"));
}

TEST_CASE("amounts above one billion are refused and stored sums cannot wrap",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    test::importTwoCustomers(*db);
    const auto r = importCsv(*db, CsvKind::Interactions,
                             "customer,kind,occurred_at,amount\n"
                             "C1,purchase,2025-02-01,1000000000.00\n"
                             "C1,purchase,2025-02-02,-1000000000.00\n"
                             "C1,purchase,2025-02-03,1000000000.01\n"
                             "C1,purchase,2025-02-04,-9999999999999\n");
    const QStringList lines = problemLines(r);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(
        QStringLiteral("line 4: amount: \"1000000000.01\" is not a valid amount: larger than "
                       "1000000000.00")));
    CHECK(lines[1].startsWith(QStringLiteral("line 5: amount:")));
}

TEST_CASE("instants outside the years 1 to 9999 are refused", "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    const auto r = importCsv(*db, CsvKind::Customers,
                             "external_id,name,acquired_at\n"
                             "C1,Ann,9999-12-31T23:00:00-05:00\n"
                             "C2,Ben,0001-01-01T00:30:00+01:00\n"
                             "C3,Cy,0000-06-01\n"
                             "C4,Di,9999-12-31T23:59:59Z\n"
                             "C5,Ed,0001-01-01\n");
    const QStringList lines = problemLines(r);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(
        QStringLiteral("line 2: acquired_at: \"9999-12-31T23:00:00-05:00\" is not a valid instant: "
                       "it is after 9999-12-31T23:59:59Z")));
    CHECK(lines[1].startsWith(QStringLiteral("line 3: acquired_at:")));
    CHECK(lines[2].startsWith(QStringLiteral("line 4: acquired_at:")));
}

TEST_CASE("a NUL byte in a cell and a row with another number of values than the header are invalid",
          "[engines][interchange][import][safety]")
{
    auto db = test::memoryDatabase();
    static const char csv[] = "id,name\nr1,An\0n\nr2\nr3,Cy,\nr4,Di\n";
    const auto r = importCsv(*db, CsvKind::Reps, QByteArray(csv, sizeof csv - 1));
    const QStringList lines = problemLines(r);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("line 2: name: contains a NUL character")));
    CHECK(lines[1].startsWith(QStringLiteral("line 3: row: has 1 value, the header has 2")));
    CHECK(lines[2].startsWith(QStringLiteral("line 4: row: has 3 values, the header has 2")));
    CHECK(countOf(*db, "SELECT count(*) FROM reps") == 0);
}
