#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

// Issue 19: `rapport-cli import/export products` and the interactions file's product column
// through the real command line (interchange.md: exit 0, 2 for usage, 3 for a rejected file).
using namespace rapport;
using test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

test::CliRun cli(const QString& db, const QStringList& args)
{
    return runCli(db, args);
}

} // namespace

TEST_CASE("import products exits 0, 3 for a bad row (nothing written), and export writes true and false",
          "[cli][interchange][products]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString products = test::writeFile(dir, QStringLiteral("products.csv"),
                                             "external_id,name,category,active\n"
                                             "P1,Widget,tools,true\n"
                                             "P2,Old,,false\n");
    auto run = cli(db, {QStringLiteral("import"), QStringLiteral("products"), products});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("products: 2 rows, 2 added, 0 updated, 0 unchanged.\n"));
    run = cli(db, {QStringLiteral("import"), QStringLiteral("products"), products});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("products: 2 rows, 0 added, 0 updated, 2 unchanged.\n"));

    const QByteArray before = test::fileHash(db);
    run = cli(db, {QStringLiteral("import"), QStringLiteral("products"),
                   test::writeFile(dir, QStringLiteral("bad.csv"),
                                   "external_id,name,active\nP3,New,true\nP4,X,sometimes\n")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("line 3: active: \"sometimes\" is not a yes or no")));
    CHECK(test::fileHash(db) == before);

    // A dry run of the same file with the bad row gone writes nothing either.
    run = cli(db, {QStringLiteral("import"), QStringLiteral("products"),
                   test::writeFile(dir, QStringLiteral("ok.csv"), "external_id,name\nP3,New\n"),
                   QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 0);
    CHECK(
        run.out ==
        QStringLiteral("Dry run, nothing was written. products: 1 rows, 1 added, 0 updated, 0 unchanged.\n"));
    CHECK(test::fileHash(db) == before);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    run = cli(db, {QStringLiteral("export"), QStringLiteral("products"), out});
    CHECK(run.exitCode == 0);
    CHECK(readAll(out) == "external_id,name,category,active\r\nP1,Widget,tools,true\r\nP2,Old,,false\r\n");

    run = cli(db, {QStringLiteral("import"), QStringLiteral("product"), products});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("use reps, products, customers, interactions or surveys")));
}

TEST_CASE("an interactions file naming an unknown product exits 3, and --skip-invalid imports the rest",
          "[cli][interchange][products]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                     test::writeFile(dir, QStringLiteral("c.csv"),
                                     "external_id,name,acquired_at\nC1,Ann,2025-01-10\n")})
                .exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("import"), QStringLiteral("products"),
                     test::writeFile(dir, QStringLiteral("p.csv"), "external_id,name\nP1,Widget\n")})
                .exitCode == 0);
    const QString file = test::writeFile(dir, QStringLiteral("i.csv"),
                                         "external_id,customer,kind,occurred_at,amount,product\n"
                                         "I1,C1,purchase,2025-05-01,10.00,P1\n"
                                         "I2,C1,purchase,2025-05-02,10.00,P9\n"
                                         "I3,C1,note,2025-05-03,,P1\n");
    const QByteArray before = test::fileHash(db);
    auto run = cli(db, {QStringLiteral("import"), QStringLiteral("interactions"), file});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral(
        "line 3: product: no product has the external_id \"P9\" (import the products file first)")));
    CHECK(run.err.contains(QStringLiteral(
        "line 4: product: only a purchase, complaint or support names a product (this is a note)")));
    CHECK(test::fileHash(db) == before);

    run = cli(db, {QStringLiteral("import"), QStringLiteral("interactions"), file,
                   QStringLiteral("--skip-invalid")});
    CHECK(run.exitCode == 0);
    CHECK(run.out ==
          QStringLiteral("interactions: 3 rows, 1 added, 0 updated, 0 unchanged, 2 invalid rows skipped.\n"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(cli(db, {QStringLiteral("export"), QStringLiteral("interactions"), out}).exitCode == 0);
    CHECK(readAll(out) ==
          "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\r\n"
          "I1,C1,,purchase,2025-05-01T00:00:00Z,10.00,,,,P1\r\n");
}
