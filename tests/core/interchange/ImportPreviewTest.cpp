// ImportPreview: one read of a file's start, then the importer's dry run of those rows from
// memory (the import wizard runs the second half on a BackgroundJob).
#include "interchange/ImportPreview.h"

#include "InterchangeTestSupport.h"

using namespace rapport;
using core::CsvKind;
using core::ImportPreview;

namespace {

// Lines: 1 header, 2 valid, 3 bad date, 4 no name, 5-6 a name over two lines, 7 bad month.
const QByteArray kCustomers = "external_id,name,company,email,acquired_at\n"
                              "N-1,Nina Novak,,nina@novak.example,2025-02-01\n"
                              "N-2,Omar Obi,Obi & Co,omar@obi.example,14/03/2025\n"
                              "N-3,,Nameless Inc,x@nameless.example,2025-03-01\n"
                              "N-4,\"Pia\nPark\",Park Ltd,pia@park.example,2025-04-01\n"
                              "N-5,Quinn Quist,Quist AG,quinn@quist.example,2025-13-01\n";

} // namespace

TEST_CASE("ImportPreview::read takes header, rows, samples and the kind from one read",
          "[interchange][preview]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("export.csv"), kCustomers);
    auto head = ImportPreview::read(path, 3);
    REQUIRE_OK(head);
    CHECK(head->preview.header == QStringList{QStringLiteral("external_id"), QStringLiteral("name"),
                                              QStringLiteral("company"), QStringLiteral("email"),
                                              QStringLiteral("acquired_at")});
    REQUIRE(head->preview.rows.size() == 3);
    CHECK(head->preview.rows[2].line == 4);
    CHECK(head->preview.rows[2].cells.at(0) == QStringLiteral("N-3"));
    CHECK(head->preview.moreRows);
    CHECK(head->preview.fileProblem.isEmpty());
    // The first value that is not empty: N-1 has no company, N-2's is the sample.
    CHECK(head->samples == QStringList{QStringLiteral("N-1"), QStringLiteral("Nina Novak"),
                                       QStringLiteral("Obi & Co"), QStringLiteral("nina@novak.example"),
                                       QStringLiteral("2025-02-01")});
    CHECK(head->guessedKind == CsvKind::Customers);
    CHECK_FALSE(head->emptyFile);
    CHECK(head->copyLines == std::vector<qint64>{2, 3, 4});

    auto whole = ImportPreview::read(path, 200);
    REQUIRE_OK(whole);
    CHECK_FALSE(whole->preview.moreRows);
    CHECK(whole->preview.rows.size() == 5);
    CHECK(whole->copyLines == std::vector<qint64>{2, 3, 4, 5, 7});

    auto empty = ImportPreview::read(test::writeFile(dir, QStringLiteral("empty.csv"), ""), 200);
    REQUIRE_OK(empty);
    CHECK(empty->emptyFile);
    CHECK(empty->preview.header.isEmpty());
    CHECK_FALSE(ImportPreview::read(dir.filePath(QStringLiteral("missing.csv")), 200).ok());
}

TEST_CASE("ImportPreview::check dry-runs the rows read, without the file and without writing",
          "[interchange][preview]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("customers.csv"), kCustomers);
    auto head = ImportPreview::read(path, 200);
    REQUIRE_OK(head);
    // The check works from the copy in memory: the file is not read again.
    REQUIRE(QFile::remove(path));
    const QByteArray before = test::fileHash(temp.path());

    auto preview = ImportPreview::check(*db, CsvKind::Customers, *head, {});
    REQUIRE_OK(preview);
    CHECK(preview->invalidRows == 3);
    CHECK(preview->fileProblem.isEmpty());
    REQUIRE(preview->rows.size() == 5);
    std::vector<qsizetype> problems;
    for (const auto& r : preview->rows)
        problems.push_back(r.problems.size());
    CHECK(problems == std::vector<qsizetype>{0, 1, 1, 0, 1});
    CHECK(preview->rows[1].problems.at(0).startsWith(QStringLiteral("acquired_at: ")));
    CHECK(preview->rows[1].badCells == QSet<int>{4});
    CHECK(preview->rows[2].badCells == QSet<int>{1});
    CHECK(preview->rows[4].line == 7); // the row after the two-line name keeps its own line
    CHECK(preview->rows[4].badCells == QSet<int>{4});
    CHECK(test::countOf(*db, "SELECT COUNT(*) FROM customers") == 0);
    db.reset();
    CHECK(test::fileHash(temp.path()) == before);
}

TEST_CASE("ImportPreview::check follows the column mapping and reports a missing column",
          "[interchange][preview]")
{
    auto db = test::memoryDatabase();
    QTemporaryDir dir;
    const QString path =
        test::writeFile(dir, QStringLiteral("crm.csv"),
                        "Customer no.,Customer,Since\nK-1,Kim Kato,2025-06-01\nK-2,,2025-06-02\n");
    auto head = ImportPreview::read(path, 200);
    REQUIRE_OK(head);

    auto unmapped = ImportPreview::check(*db, CsvKind::Customers, *head, {});
    REQUIRE_OK(unmapped);
    CHECK_FALSE(unmapped->fileProblem.isEmpty()); // external_id, name and acquired_at are missing

    const QHash<QString, QString> mapping{{QStringLiteral("customer no."), QStringLiteral("external_id")},
                                          {QStringLiteral("customer"), QStringLiteral("name")},
                                          {QStringLiteral("since"), QStringLiteral("acquired_at")}};
    auto mapped = ImportPreview::check(*db, CsvKind::Customers, *head, mapping);
    REQUIRE_OK(mapped);
    CHECK(mapped->fileProblem.isEmpty());
    CHECK(mapped->invalidRows == 1);
    CHECK(mapped->rows[1].badCells == QSet<int>{1}); // "Customer" holds the name
}

TEST_CASE("ImportPreview::read looks at the file's start only, however the file goes on",
          "[interchange][preview]")
{
    QTemporaryDir dir;
    // A quote opened on line 2 and never closed, then 2 MiB of lines: the reader would take
    // everything after it as one field; the window stops it at 1 MiB.
    QByteArray unclosed = "external_id,name,acquired_at\nX-1,\"never closed,2025-01-01\n";
    while (unclosed.size() < 2 * 1024 * 1024)
        unclosed += "X-2,Customer,2025-01-01\n";
    auto open = ImportPreview::read(test::writeFile(dir, QStringLiteral("unclosed.csv"), unclosed), 200);
    REQUIRE_OK(open);
    CHECK(open->preview.header.size() == 3);
    CHECK(open->preview.rows.empty());
    CHECK(open->preview.moreRows); // the import reads on and says what is wrong
    CHECK(open->preview.fileProblem.isEmpty());
    CHECK(open->copy.size() < 100);

    // The same mistake in a file that fits the window is the file's problem at once.
    auto small = ImportPreview::read(
        test::writeFile(dir, QStringLiteral("small.csv"), "external_id,name\nX-1,\"never closed\nX-2,B\n"),
        200);
    REQUIRE_OK(small);
    CHECK_FALSE(small->preview.fileProblem.isEmpty());
    CHECK_FALSE(small->preview.moreRows);

    // Rows cut by the window: only whole lines are read, the rest is "more rows".
    QByteArray wide = "external_id,name,acquired_at\n";
    for (int i = 0; i < 10; ++i)
        wide += "W-" + QByteArray::number(i) + "," + QByteArray(100, 'n') + ",2025-01-01\n"; // 116 bytes
    auto cut = ImportPreview::read(test::writeFile(dir, QStringLiteral("wide.csv"), wide), 200, 400);
    REQUIRE_OK(cut);
    CHECK(cut->preview.rows.size() == 3); // 29 + 3 * 116 = 377 bytes; the fourth line ends at 493
    CHECK(cut->preview.moreRows);
    CHECK(cut->preview.fileProblem.isEmpty());
    CHECK(cut->preview.rows.back().cells.at(0) == QStringLiteral("W-2"));

    auto header = ImportPreview::read(test::writeFile(dir, QStringLiteral("header.csv"), wide), 200, 20);
    REQUIRE_OK(header);
    CHECK(header->preview.header.isEmpty());
    CHECK(header->preview.fileProblem.contains(QStringLiteral("first line is longer")));
}
