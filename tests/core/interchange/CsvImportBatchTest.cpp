// The importer writes rows in batches (ImportStore, 64 rows per INSERT). These tests check
// that batching changes nothing a user can see: counts, which values win, ids, and the
// connection's settings after the import.
#include "InterchangeTestSupport.h"

using namespace rapport;
using core::CsvKind;
using test::countOf;
using test::importCsv;
using test::valueOf;

namespace {

QByteArray customersFile(int from, int to)
{
    QByteArray csv = "external_id,name,acquired_at\n";
    for (int i = from; i <= to; ++i)
        csv += "C" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) + ",2025-01-01\n";
    return csv;
}

} // namespace

// Issue 18: the later rows were merged into the first (the last one winning) before.
TEST_CASE("an external_id named twice in one file is refused in the same batch and in a later one",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers, customersFile(1, 1)).written);
    // 200 rows: I5 comes back in row 40 (same batch) with other notes and in row 150 (a later
    // batch) with the values of row 40; I7 comes back in row 41 exactly as it was.
    QByteArray csv = "external_id,customer,kind,occurred_at,notes\n";
    for (int i = 1; i <= 200; ++i) {
        QByteArray id = "I" + QByteArray::number(i);
        QByteArray notes = "note " + QByteArray::number(i);
        if (i == 40)
            id = "I5", notes = "changed";
        else if (i == 41)
            id = "I7", notes = "note 7";
        else if (i == 150)
            id = "I5", notes = "changed";
        csv += id + ",C1,call,2025-02-01T10:00:00Z," + notes + "\n";
    }
    CHECK_FALSE(importCsv(*db, CsvKind::Interactions, csv).accepted);
    core::ImportOptions skip;
    skip.skipInvalid = true;
    const auto r = importCsv(*db, CsvKind::Interactions, csv, skip);
    REQUIRE(r.written);
    CHECK(r.rows == 200);
    CHECK(r.added == 197);
    CHECK(r.updated == 0);
    CHECK(r.unchanged == 0);
    CHECK(r.invalidRows == 3);
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].toString().startsWith(QStringLiteral("line 41: external_id: duplicates line 6")));
    CHECK(r.problems[1].toString().startsWith(QStringLiteral("line 42: external_id: duplicates line 8")));
    CHECK(r.problems[2].toString().startsWith(QStringLiteral("line 151: external_id: duplicates line 6")));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 197);
    CHECK(valueOf(*db, "SELECT notes FROM interactions WHERE external_id = 'I5'").toString() ==
          QStringLiteral("note 5"));
    // Ids follow the order of the file's new rows, as with one insert per row: I1..I39 get
    // consecutive ids, and I42 the next. (On a file they are 1..40; a server's identity also
    // counts the ids the rejected import above used and gave back.)
    const qint64 first = countOf(*db, "SELECT id FROM interactions WHERE external_id = 'I1'");
    CHECK(countOf(*db, "SELECT min(id) FROM interactions") == first);
    CHECK(countOf(*db, "SELECT id FROM interactions WHERE external_id = 'I39'") == first + 38);
    CHECK(countOf(*db, "SELECT id FROM interactions WHERE external_id = 'I42'") == first + 39);
    if (!test::testingServer())
        CHECK(first == 1);
}

TEST_CASE("a re-import mixing new and known rows counts each of them across batches",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers, customersFile(1, 100)).added == 100);
    // C1..C100 again with three of them renamed, then C101..C150 new, in one file of 150 rows.
    QByteArray csv = customersFile(1, 150);
    csv.replace("C10,Customer 10,", "C10,Renamed 10,");
    csv.replace("C64,Customer 64,", "C64,Renamed 64,");
    csv.replace("C65,Customer 65,", "C65,Renamed 65,");
    const auto r = importCsv(*db, CsvKind::Customers, csv);
    REQUIRE(r.written);
    CHECK(r.added == 50);
    CHECK(r.updated == 3);
    CHECK(r.unchanged == 97);
    CHECK(countOf(*db, "SELECT count(*) FROM customers") == 150);
    CHECK(valueOf(*db, "SELECT name FROM customers WHERE external_id = 'C64'").toString() ==
          QStringLiteral("Renamed 64"));
    CHECK(countOf(*db, "SELECT id FROM customers WHERE external_id = 'C150'") == 150);
}

// Issue 18: the rows matching earlier ones updated them (the last one winning) before.
TEST_CASE("a survey response without external_id that matches an earlier row of the file is its duplicate",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers, customersFile(1, 1)).written);
    core::ImportOptions skip;
    skip.skipInvalid = true;
    const auto r = importCsv(*db, CsvKind::Surveys,
                             "external_id,customer,survey,score,responded_at\n"
                             "S1,C1,nps,9,2025-02-01\n"
                             "S2,C1,csat,4,2025-02-02\n"
                             ",C1,nps,9,2025-02-01\n"   // the same response as S1
                             ",C1,csat,5,2025-02-02\n", // S2 with another score
                             skip);
    REQUIRE(r.written);
    CHECK(r.added == 2);
    CHECK(r.unchanged == 0);
    CHECK(r.updated == 0);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].toString().startsWith(QStringLiteral("line 4: row: duplicates line 2")));
    CHECK(r.problems[1].toString().startsWith(QStringLiteral("line 5: row: duplicates line 3")));
    CHECK(countOf(*db, "SELECT count(*) FROM survey_responses") == 2);
    CHECK(countOf(*db, "SELECT score FROM survey_responses WHERE external_id = 'S2'") == 4);
}

TEST_CASE("a rejected file counts only the valid rows before its first invalid one, even in a batch",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    QByteArray csv = customersFile(1, 30);
    csv += "C31,,2025-01-01\n"; // no name
    csv += "C32,Customer 32,2025-01-01\n";
    const auto r = importCsv(*db, CsvKind::Customers, csv);
    CHECK_FALSE(r.accepted);
    CHECK_FALSE(r.written);
    CHECK(r.added == 30);
    CHECK(countOf(*db, "SELECT count(*) FROM customers") == 0);
}

TEST_CASE("an import leaves foreign-key enforcement and the connection's settings as they were",
          "[interchange][import]")
{
    auto db = test::memoryDatabase();
    const qint64 cacheBefore = countOf(*db, "PRAGMA cache_size");
    const qint64 threadsBefore = countOf(*db, "PRAGMA threads");
    REQUIRE(countOf(*db, "PRAGMA foreign_keys") == 1);
    auto settingsUnchanged = [&] {
        CHECK(countOf(*db, "PRAGMA foreign_keys") == 1);
        CHECK(countOf(*db, "PRAGMA cache_size") == cacheBefore);
        CHECK(countOf(*db, "PRAGMA threads") == threadsBefore);
    };

    REQUIRE(importCsv(*db, CsvKind::Customers, "external_id,name,owner,acquired_at\nC1,Ann,r1,2025-01-01\n")
                .written);
    settingsUnchanged();
    REQUIRE(importCsv(*db, CsvKind::Interactions, "customer,rep,kind,occurred_at\nC1,r2,call,2025-02-01\n")
                .written);
    settingsUnchanged();
    // Every reference the import wrote points at a row that exists.
    CHECK(countOf(*db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(countOf(*db, "SELECT count(*) FROM reps") == 2);

    const auto rejected =
        importCsv(*db, CsvKind::Interactions, "customer,kind,occurred_at\nC9,call,2025-02-01\n");
    CHECK_FALSE(rejected.accepted);
    settingsUnchanged();
    core::ImportOptions dryRun;
    dryRun.dryRun = true;
    CHECK(importCsv(*db, CsvKind::Customers, customersFile(2, 3), dryRun).added == 2);
    settingsUnchanged();
    // Enforcement is really back on: a row pointing at no customer is refused.
    CHECK_FALSE(
        core::sql::execText(db->connection(), QStringLiteral("INSERT INTO interactions (customer_id, kind, "
                                                             "occurred_at) VALUES (999, 'call', 0)"))
            .ok());
}

// A team server works 20,000 rows at a time (ServerImportStore): a record named again in a
// later chunk, by its key or by its values, is caught as in the same chunk.
TEST_CASE("a record named again thousands of rows later is a duplicate, by key and by values",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers, customersFile(1, 2)).written);
    QByteArray csv = "external_id,customer,kind,occurred_at,notes\n";
    const QByteArray keyless = ",C2,meeting,2025-03-01T10:00:00Z,kickoff\n";
    for (int i = 1; i <= 50000; ++i) {
        if (i == 100 || i == 41000)
            csv += keyless; // lines 101 and 41001
        else if (i == 30000)
            csv += "I10,C1,call,2025-02-01T10:00:00Z,again\n"; // line 30001 names line 11's record
        else
            csv += "I" + QByteArray::number(i) + ",C1,call,2025-02-01T10:00:00Z,n\n";
    }
    core::ImportOptions skip;
    skip.skipInvalid = true;
    const auto r = importCsv(*db, CsvKind::Interactions, csv, skip);
    REQUIRE(r.written);
    CHECK(r.added == 49998);
    CHECK(r.invalidRows == 2);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].toString().startsWith(QStringLiteral("line 30001: external_id: duplicates line 11")));
    CHECK(r.problems[1].toString().startsWith(QStringLiteral("line 41001: row: duplicates line 101")));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 49998);
    CHECK(valueOf(*db, "SELECT notes FROM interactions WHERE external_id = 'I10'").toString() ==
          QStringLiteral("n"));

    // The same file again: every row is found as it is.
    const auto again = importCsv(*db, CsvKind::Interactions, csv, skip);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 49998);
    CHECK(again.invalidRows == 2);
}

// On a team server, a chunk whose every row is refused writes nothing, and the chunk after it
// is matched on its own rows alone.
TEST_CASE("a chunk of nothing but duplicates leaves the rows after it to import as usual",
          "[engines][interchange][import]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Customers, customersFile(1, 1)).written);
    QByteArray csv = "external_id,customer,kind,occurred_at\n";
    for (int i = 1; i <= 60000; ++i) {
        const int key = i <= 20000 ? i : i - 20000; // lines 20002-40001 name lines 2-20001 again
        csv += "I" + QByteArray::number(key) + ",C1,call,2025-02-01T10:00:00Z\n";
    }
    core::ImportOptions skip;
    skip.skipInvalid = true;
    const auto r = importCsv(*db, CsvKind::Interactions, csv, skip);
    REQUIRE(r.written);
    CHECK(r.added == 40000);
    CHECK(r.invalidRows == 20000);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].toString().startsWith(QStringLiteral("line 20002: external_id: duplicates line 2")));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 40000);
}
