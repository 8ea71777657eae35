#include "InterchangeTestSupport.h"
#include "interchange/CsvExporter.h"

#include <QTemporaryDir>

// Issue 19: the products file and the interactions file's product column (interchange.md), on
// both engines: what is stored, what is refused with its line and column, what a file without
// a column keeps, and that export then import gives the same files.
using namespace rapport;
using core::CsvKind;
using test::countOf;
using test::importCsv;
using test::problemLines;
using test::valueOf;

namespace {

const QByteArray kProducts = "external_id,name,category,active\n"
                             "P1,Widget,tools,true\n"
                             "P2,\"Gadget, large\",,\n"
                             "P3,Old thing,legacy,false\n";

QVariant productValue(core::Database& db, const char* column, const char* product)
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM products WHERE external_id = ?";
    return valueOf(db, sql.constData(), {QString::fromLatin1(product)});
}

// The external_id of the product interaction `interaction` names, or "" for none.
QString productOf(core::Database& db, const char* interaction)
{
    return valueOf(db,
                   "SELECT coalesce(p.external_id, '') FROM interactions i LEFT JOIN products p"
                   " ON p.id = i.product_id WHERE i.external_id = ?",
                   {QString::fromLatin1(interaction)})
        .toString();
}

// Customers C1 and C2, products P1 (active), P2 (active) and P3 (retired).
void fillBook(core::Database& db)
{
    test::importTwoCustomers(db);
    const auto r = importCsv(db, CsvKind::Products, kProducts);
    REQUIRE(r.written);
}

QByteArray exportToBytes(core::Database& db, CsvKind kind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE_OK(core::CsvExporter(db).exportFile(kind, path));
    return test::readFile(path);
}

} // namespace

TEST_CASE("a products file is imported with its flags, and again changes nothing",
          "[engines][interchange][import][products]")
{
    auto db = test::memoryDatabase();
    const auto r = importCsv(*db, CsvKind::Products, kProducts);
    REQUIRE(r.accepted);
    CHECK(r.written);
    CHECK(r.added == 3);
    CHECK(productValue(*db, "name", "P2").toString() == QStringLiteral("Gadget, large"));
    CHECK(productValue(*db, "category", "P1").toString() == QStringLiteral("tools"));
    CHECK(productValue(*db, "category IS NULL", "P2").toBool());
    CHECK(productValue(*db, "active", "P1").toInt() == 1);
    CHECK(productValue(*db, "active", "P2").toInt() == 1); // an empty cell: the default
    CHECK(productValue(*db, "active", "P3").toInt() == 0);

    const auto again = importCsv(*db, CsvKind::Products, kProducts);
    REQUIRE(again.accepted);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(countOf(*db, "SELECT count(*) FROM products") == 3);
    CHECK(countOf(*db, "SELECT max(version) FROM products") == 1);
}

TEST_CASE("a product's active flag takes true/false, yes/no and 1/0 in any case, and nothing else",
          "[engines][interchange][import][products]")
{
    auto db = test::memoryDatabase();
    const auto r = importCsv(*db, CsvKind::Products,
                             "external_id,name,active\n"
                             "A,a, TRUE \n"
                             "B,b,Yes\n"
                             "C,c,1\n"
                             "D,d,False\n"
                             "E,e,NO\n"
                             "F,f,0\n");
    REQUIRE(r.written);
    CHECK(countOf(*db, "SELECT count(*) FROM products WHERE active = 1") == 3);
    CHECK(countOf(*db, "SELECT count(*) FROM products WHERE active = 0 AND external_id IN ('D', 'E', 'F')") ==
          3);

    const auto bad = importCsv(*db, CsvKind::Products,
                               "external_id,name,active\n"
                               "G,g,true\n"
                               "H,h,maybe\n"
                               ",nameless,\n"
                               "J,,2\n");
    CHECK_FALSE(bad.accepted);
    CHECK_FALSE(bad.written);
    CHECK(problemLines(bad) ==
          QStringList{QStringLiteral("line 3: active: \"maybe\" is not a yes or no: use true or false "
                                     "(yes/no and 1/0 are accepted too)"),
                      QStringLiteral("line 4: external_id: a value is required"),
                      QStringLiteral("line 5: name: a value is required"),
                      QStringLiteral("line 5: active: \"2\" is not a yes or no: use true or false "
                                     "(yes/no and 1/0 are accepted too)")});
    CHECK(bad.invalidRows == 3);
    // All or nothing: G, valid, was not written either.
    CHECK(countOf(*db, "SELECT count(*) FROM products") == 6);
}

TEST_CASE("a products file without a column keeps the stored value, and an update keeps the row id",
          "[engines][interchange][import][products]")
{
    auto db = test::memoryDatabase();
    REQUIRE(importCsv(*db, CsvKind::Products, kProducts).written);
    const qint64 p3 = productValue(*db, "id", "P3").toLongLong();

    // No active column: P3 stays retired, P1 stays active; a new product is active.
    const auto renamed = importCsv(*db, CsvKind::Products,
                                   "external_id,name\n"
                                   "P3,Old thing (renamed)\n"
                                   "P1,Widget\n"
                                   "P4,New\n");
    REQUIRE(renamed.written);
    CHECK(renamed.added == 1);
    CHECK(renamed.updated == 1);
    CHECK(renamed.unchanged == 1);
    CHECK(productValue(*db, "id", "P3").toLongLong() == p3);
    CHECK(productValue(*db, "name", "P3").toString() == QStringLiteral("Old thing (renamed)"));
    CHECK(productValue(*db, "active", "P3").toInt() == 0);
    CHECK(productValue(*db, "category", "P3").toString() == QStringLiteral("legacy"));
    CHECK(productValue(*db, "active", "P4").toInt() == 1);
    CHECK(productValue(*db, "version", "P3").toInt() == 2);

    // With the columns: P3 comes back, its category is cleared.
    const auto back =
        importCsv(*db, CsvKind::Products, "external_id,name,category,active\nP3,Old thing,,true\n");
    REQUIRE(back.written);
    CHECK(back.updated == 1);
    CHECK(productValue(*db, "id", "P3").toLongLong() == p3);
    CHECK(productValue(*db, "active", "P3").toInt() == 1);
    CHECK(productValue(*db, "category IS NULL", "P3").toBool());

    // A file naming one product twice is refused.
    const auto twice = importCsv(*db, CsvKind::Products, "external_id,name\nP9,a\nP9,b\n");
    CHECK_FALSE(twice.accepted);
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems[0].line == 3);
    CHECK(twice.problems[0].column == QStringLiteral("external_id"));
    CHECK(countOf(*db, "SELECT count(*) FROM products WHERE external_id = 'P9'") == 0);
}

TEST_CASE("an interaction's product is resolved by external_id, on purchases, complaints and support only",
          "[engines][interchange][import][products]")
{
    auto db = test::memoryDatabase();
    fillBook(*db);
    const QByteArray header = "external_id,customer,kind,occurred_at,amount,product\n";

    SECTION("an unknown product and a product on a call are invalid rows with line and column")
    {
        const auto r = importCsv(*db, CsvKind::Interactions,
                                 header + "I1,C1,purchase,2025-05-01,10.00,P1\n"
                                          "I2,C1,call,2025-05-02,,P1\n"
                                          "I3,C2,support,2025-05-03,,NOPE\n"
                                          "I4,C2,complaint,2025-05-04,, p2 \n");
        CHECK_FALSE(r.accepted);
        CHECK(problemLines(r) ==
              QStringList{
                  QStringLiteral("line 3: product: only a purchase, complaint or support names a product "
                                 "(this is a call)"),
                  QStringLiteral("line 4: product: no product has the external_id \"NOPE\" (import the "
                                 "products file first)"),
                  // External ids are case-sensitive keys, like a customer's.
                  QStringLiteral("line 5: product: no product has the external_id \"p2\" (import the "
                                 "products file first)")});
        CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 0);
    }
    SECTION("--skip-invalid imports the others; a retired product may be named (history)")
    {
        core::ImportOptions options;
        options.skipInvalid = true;
        const auto r = importCsv(*db, CsvKind::Interactions,
                                 header + "I1,C1,purchase,2025-05-01,10.00,P1\n"
                                          "I2,C1,call,2025-05-02,,P1\n"
                                          "I3,C2,support,2025-05-03,,NOPE\n"
                                          "I4,C2,complaint,2025-05-04,,P3\n"
                                          "I5,C2,support,2025-05-05,,\n",
                                 options);
        REQUIRE(r.written);
        CHECK(r.added == 3);
        CHECK(r.invalidRows == 2);
        CHECK(productOf(*db, "I1") == QStringLiteral("P1"));
        CHECK(productOf(*db, "I4") == QStringLiteral("P3"));
        CHECK(productOf(*db, "I5") == QString());
        CHECK(countOf(*db, "SELECT count(*) FROM interactions WHERE external_id IN ('I2', 'I3')") == 0);
    }
    SECTION("a dry run checks the products and writes nothing")
    {
        core::ImportOptions options;
        options.dryRun = true;
        const auto r =
            importCsv(*db, CsvKind::Interactions, header + "I1,C1,purchase,2025-05-01,10.00,P1\n", options);
        CHECK(r.accepted);
        CHECK_FALSE(r.written);
        CHECK(r.added == 1);
        CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 0);
    }
}

TEST_CASE("a file without the product column keeps the stored product, an empty cell clears it",
          "[engines][interchange][import][products]")
{
    auto db = test::memoryDatabase();
    fillBook(*db);
    // Keyed rows and a keyless one (matched by its values).
    REQUIRE(importCsv(*db, CsvKind::Interactions,
                      "external_id,customer,kind,occurred_at,amount,product\n"
                      "I1,C1,purchase,2025-05-01,10.00,P1\n"
                      "I2,C1,complaint,2025-05-02,,P2\n"
                      "I3,C2,support,2025-05-03,,P3\n"
                      ",C2,purchase,2025-05-04,5.00,P2\n")
                .written);
    const qint64 before = countOf(*db, "SELECT sum(id) FROM interactions");

    // No product column, same values otherwise: nothing changes.
    const auto same = importCsv(*db, CsvKind::Interactions,
                                "external_id,customer,kind,occurred_at,amount\n"
                                "I1,C1,purchase,2025-05-01,10.00\n"
                                "I2,C1,complaint,2025-05-02,\n"
                                ",C2,purchase,2025-05-04,5.00\n");
    REQUIRE(same.written);
    CHECK(same.unchanged == 3);
    CHECK(same.updated == 0);
    CHECK(productOf(*db, "I1") == QStringLiteral("P1"));
    CHECK(productOf(*db, "I2") == QStringLiteral("P2"));
    CHECK(countOf(*db,
                  "SELECT count(*) FROM interactions WHERE external_id IS NULL AND product_id IS NOT NULL") ==
          1);

    // No product column and I3 becomes a call: a call names no product, so it loses it.
    const auto kind = importCsv(*db, CsvKind::Interactions,
                                "external_id,customer,kind,occurred_at\nI3,C2,call,2025-05-03\n");
    REQUIRE(kind.written);
    CHECK(kind.updated == 1);
    CHECK(productOf(*db, "I3") == QString());

    // With the column: an empty cell clears, another product replaces.
    const auto changed = importCsv(*db, CsvKind::Interactions,
                                   "external_id,customer,kind,occurred_at,amount,product\n"
                                   "I1,C1,purchase,2025-05-01,10.00,\n"
                                   "I2,C1,complaint,2025-05-02,,P1\n"
                                   ",C2,purchase,2025-05-04,5.00,P1\n");
    REQUIRE(changed.written);
    CHECK(changed.updated == 3);
    CHECK(productOf(*db, "I1") == QString());
    CHECK(productOf(*db, "I2") == QStringLiteral("P1"));
    CHECK(countOf(*db, "SELECT count(*) FROM interactions i JOIN products p ON p.id = i.product_id"
                       " WHERE i.external_id IS NULL AND p.external_id = 'P1'") == 1);
    // Updated in place: the same rows.
    CHECK(countOf(*db, "SELECT sum(id) FROM interactions") == before);
    CHECK(countOf(*db, "SELECT count(*) FROM interactions") == 4);
}

TEST_CASE("products and the product column are exported, and export then import then export is identical",
          "[engines][interchange][export][products]")
{
    auto source = test::memoryDatabase();
    fillBook(*source);
    REQUIRE(importCsv(*source, CsvKind::Interactions,
                      "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\n"
                      "I1,C1,r1,purchase,2025-05-01,10.00,,,,P1\n"
                      "I2,C1,,complaint,2025-05-02,,late,,2025-05-03,P3\n"
                      ",C2,r1,call,2025-05-03,,,,,\n")
                .written);
    CHECK(exportToBytes(*source, CsvKind::Products) == "external_id,name,category,active\r\n"
                                                       "P1,Widget,tools,true\r\n"
                                                       "P2,\"Gadget, large\",,true\r\n"
                                                       "P3,Old thing,legacy,false\r\n");
    CHECK(exportToBytes(*source, CsvKind::Interactions) ==
          "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\r\n"
          "I1,C1,r1,purchase,2025-05-01T00:00:00Z,10.00,,,,P1\r\n"
          "I2,C1,,complaint,2025-05-02T00:00:00Z,,late,,2025-05-03T00:00:00Z,P3\r\n"
          ",C2,r1,call,2025-05-03T00:00:00Z,,,,,\r\n");

    QTemporaryDir dir;
    auto target = test::memoryDatabase();
    for (CsvKind kind : core::csvKinds()) {
        const QString first = dir.filePath(toString(kind) + QStringLiteral("-1.csv"));
        REQUIRE_OK(core::CsvExporter(*source).exportFile(kind, first));
        auto report = core::CsvImporter(*target).importFile(kind, first);
        REQUIRE_OK(report);
        CAPTURE(toString(kind), report->problemsText());
        CHECK(report->accepted); // (an empty file writes nothing: no survey responses here)
        CHECK(report->invalidRows == 0);
    }
    for (CsvKind kind : core::csvKinds()) {
        CAPTURE(toString(kind));
        CHECK(exportToBytes(*target, kind) ==
              test::readFile(dir.filePath(toString(kind) + QStringLiteral("-1.csv"))));
        // Once more: nothing changes.
        auto again = core::CsvImporter(*target).importFile(
            kind, dir.filePath(toString(kind) + QStringLiteral("-1.csv")));
        REQUIRE_OK(again);
        CHECK(again->added == 0);
        CHECK(again->updated == 0);
    }
}
