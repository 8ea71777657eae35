#include "interchange/CsvExporter.h"

#include "InterchangeTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace rapport;
using core::CsvKind;
using test::importCsv;

namespace {

// In the order a book is filled: a file's references first.
const auto& kKinds = core::csvKinds();

// Data with every awkward case: offsets, refunds, formulas, quotes, line breaks, non-ASCII, empty values.
void fillAwkwardData(core::Database& db)
{
    REQUIRE(
        importCsv(db, CsvKind::Reps, "id,name,role\nr1,\"Archer, Ann\",manager\nr2,=cmd|' /C calc'!A0,rep\n")
            .written);
    REQUIRE(
        importCsv(db, CsvKind::Customers,
                  "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at,churn_reason\n"
                  "C1,Zoë Öztürk,\"Quote \"\"Inc\"\"\",zoe@example.com,+49 30 123,enterprise,r1,"
                  "2025-01-10T23:30:00-02:00,,\n"
                  "C2,@handle,,,-12,smb,r3,2025-03-01,2025-09-30T12:00:00+01:00, Price \n"
                  "-7,Negative Id,,,,,,2025-04-01,,\n")
            .written);
    // Product keys that a spreadsheet would run or split.
    REQUIRE(importCsv(db, CsvKind::Products,
                      "external_id,name,category,active\n"
                      "=P1,@Widget,\"tools, hand\",yes\n"
                      "\"Gadget, \"\"large\"\"\",Gadget,,0\n")
                .written);
    REQUIRE(
        importCsv(
            db, CsvKind::Interactions,
            "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\n"
            "I1,C1,r1,purchase,2025-02-01T10:00:00Z,19.99,,,,=P1\n"
            "I2,C1,r1,purchase,2025-02-02T10:00:00Z,-0.5,refund,,,\n"
            ",C2,r2,complaint,2025-03-02T10:00:00+05:30,,delivery,\"line one\r\nline two, \"\"quoted\"\"\","
            "2025-03-03,\"Gadget, \"\"large\"\"\"\n"
            ",C2,,note,2025-03-05T00:00:00Z,,,=HYPERLINK(\"http://x\"),,\n"
            "I5,-7,r1,follow_up,2025-04-02T08:15:00Z,,,'=already marked,,\n")
            .written);
    REQUIRE(importCsv(db, CsvKind::Surveys,
                      "external_id,customer,survey,score,responded_at,comment,category\n"
                      "S1,C1,nps,10,2025-02-03,Great!,\n"
                      ",C1,csat,1,2025-02-04T09:00:00Z,\"-bad, very bad\",support\n"
                      ",C2,ces,7,2025-03-04,,\n")
                .written);
}

QByteArray exportToBytes(core::Database& db, CsvKind kind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    core::CsvExporter exporter(db);
    auto rows = exporter.exportFile(kind, path);
    REQUIRE_OK(rows);
    return test::readFile(path);
}

} // namespace

TEST_CASE("export writes the contract's columns, UTC instants, amounts and neutralised cells",
          "[interchange][export]")
{
    auto db = test::memoryDatabase();
    fillAwkwardData(*db);
    CHECK(exportToBytes(*db, CsvKind::Reps) == "id,name,role\r\n"
                                               "r1,\"Archer, Ann\",manager\r\n"
                                               "r2,'=cmd|' /C calc'!A0,rep\r\n"
                                               "r3,r3,rep\r\n");
    CHECK(exportToBytes(*db, CsvKind::Customers) ==
          "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at,churn_reason\r\n"
          "C1,Zoë Öztürk,\"Quote \"\"Inc\"\"\",zoe@example.com,'+49 30 "
          "123,enterprise,r1,2025-01-11T01:30:00Z,,\r\n"
          "C2,'@handle,,,-12,smb,r3,2025-03-01T00:00:00Z,2025-09-30T11:00:00Z,price\r\n"
          "-7,Negative Id,,,,,,2025-04-01T00:00:00Z,,\r\n");
    CHECK(exportToBytes(*db, CsvKind::Interactions) ==
          "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\r\n"
          "I1,C1,r1,purchase,2025-02-01T10:00:00Z,19.99,,,,'=P1\r\n"
          "I2,C1,r1,purchase,2025-02-02T10:00:00Z,-0.50,refund,,,\r\n"
          ",C2,r2,complaint,2025-03-02T04:30:00Z,,delivery,\"line one\r\nline two, \"\"quoted\"\"\","
          "2025-03-03T00:00:00Z,\"Gadget, \"\"large\"\"\"\r\n"
          ",C2,,note,2025-03-05T00:00:00Z,,,\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n"
          "I5,-7,r1,follow_up,2025-04-02T08:15:00Z,,,'=already marked,,\r\n");
    CHECK(exportToBytes(*db, CsvKind::Products) == "external_id,name,category,active\r\n"
                                                   "'=P1,'@Widget,\"tools, hand\",true\r\n"
                                                   "\"Gadget, \"\"large\"\"\",Gadget,,false\r\n");
    CHECK(exportToBytes(*db, CsvKind::Surveys) ==
          "external_id,customer,survey,score,responded_at,comment,category\r\n"
          "S1,C1,nps,10,2025-02-03T00:00:00Z,Great!,\r\n"
          ",C1,csat,1,2025-02-04T09:00:00Z,\"'-bad, very bad\",support\r\n"
          ",C2,ces,7,2025-03-04T00:00:00Z,,\r\n");
}

TEST_CASE("export then import into an empty database then export gives identical files",
          "[interchange][export]")
{
    QTemporaryDir dir;
    auto source = test::memoryDatabase();
    fillAwkwardData(*source);
    // A big enough table to cross the writer's and the reader's buffers.
    QByteArray many = "external_id,customer,kind,occurred_at,amount,notes\n";
    for (int i = 0; i < 20000; ++i)
        many += "M" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 2) +
                ",purchase,2025-05-01T00:00:00Z," + QByteArray::number(i) + "." +
                QByteArray::number(i % 100) + ",\"note " + QByteArray::number(i) + ", with comma\"\n";
    REQUIRE(importCsv(*source, CsvKind::Interactions, many).written);

    auto target = test::memoryDatabase();
    core::CsvExporter fromSource(*source);
    core::CsvExporter fromTarget(*target);
    core::CsvImporter intoTarget(*target);
    for (CsvKind kind : kKinds) {
        const QString first = dir.filePath(toString(kind) + QStringLiteral("-1.csv"));
        REQUIRE_OK(fromSource.exportFile(kind, first));
        auto report = intoTarget.importFile(kind, first);
        REQUIRE_OK(report);
        CHECK(report->accepted);
        CHECK(report->invalidRows == 0);
    }
    for (CsvKind kind : kKinds) {
        const QString first = dir.filePath(toString(kind) + QStringLiteral("-1.csv"));
        const QString second = dir.filePath(toString(kind) + QStringLiteral("-2.csv"));
        REQUIRE_OK(fromTarget.exportFile(kind, second));
        CAPTURE(toString(kind));
        CHECK(test::readFile(first) == test::readFile(second));
    }
    CHECK(test::countOf(*target, "SELECT sum(amount_cents) FROM interactions") ==
          test::countOf(*source, "SELECT sum(amount_cents) FROM interactions"));
    // Importing the exported files once more adds nothing.
    for (CsvKind kind : kKinds) {
        auto report = intoTarget.importFile(kind, dir.filePath(toString(kind) + QStringLiteral("-1.csv")));
        REQUIRE_OK(report);
        CHECK(report->added == 0);
        CHECK(report->updated == 0);
    }
}

TEST_CASE("an exported file is readable by its owner only", "[interchange][export]")
{
    QTemporaryDir dir;
    auto db = test::memoryDatabase();
    const QString path = dir.filePath(QStringLiteral("reps.csv"));
    test::writeFile(path, "old content");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    core::CsvExporter exporter(*db);
    auto rows = exporter.exportFile(CsvKind::Reps, path);
    REQUIRE_OK(rows);
    CHECK(*rows == 0);
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(test::readFile(path) == "id,name,role\r\n");
}

TEST_CASE("an export that cannot be written fails without leaving a file", "[interchange][export]")
{
    QTemporaryDir dir;
    auto db = test::memoryDatabase();
    core::CsvExporter exporter(*db);
    const QString path = dir.filePath(QStringLiteral("missing-folder/reps.csv"));
    auto rows = exporter.exportFile(CsvKind::Reps, path);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.startsWith(QStringLiteral("Cannot write ")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("export can start with a byte-order mark and reports progress", "[interchange][export]")
{
    auto db = test::memoryDatabase();
    test::importTwoCustomers(*db);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    core::ExportOptions options;
    options.byteOrderMark = true;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    auto rows = core::CsvExporter(*db).exportDevice(CsvKind::Customers, buffer, options);
    REQUIRE_OK(rows);
    CHECK(*rows == 2);
    CHECK(lastDone == 2);
    CHECK(lastTotal == 2);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "external_id,name,"));
}
