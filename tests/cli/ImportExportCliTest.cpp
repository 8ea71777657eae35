#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace rapport;
using test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QByteArray kCustomers = "external_id,name,owner,acquired_at\n"
                              "C1,Ann Archer,r1,2025-01-10\n"
                              "C2,\"Brook, Ben\",r2,2025-03-01T09:00:00+01:00\n";

} // namespace

TEST_CASE("import prints a summary and exits 0, and a second import adds nothing", "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString csv = test::writeFile(dir, QStringLiteral("customers.csv"), kCustomers);
    auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("customers"), csv});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("customers: 2 rows, 2 added, 0 updated, 0 unchanged, 2 reps created.\n"));
    // stderr is not a terminal: no progress, only the notice that the file is new.
    CHECK(run.err == QStringLiteral("rapport-cli: created a new database at %1\n").arg(db));
    run = runCli(db, {QStringLiteral("import"), QStringLiteral("customers"), csv});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("customers: 2 rows, 0 added, 0 updated, 2 unchanged.\n"));
    CHECK(run.err.isEmpty());
}

TEST_CASE("a rejected import exits 3 with the report on stderr and leaves the database unchanged",
          "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                        test::writeFile(dir, QStringLiteral("c.csv"), kCustomers)})
                .exitCode == 0);
    const QByteArray before = test::fileHash(db);
    const QString bad = test::writeFile(dir, QStringLiteral("i.csv"),
                                        "customer,kind,occurred_at,amount\n"
                                        "C1,purchase,2025-02-01T10:00:00Z,19.99\n"
                                        "C1,purchase,2025-02-01T11:00:00Z,1.234\n"
                                        "C7,call,2025-02-01T12:00:00Z,\n");
    const auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("interactions"), bad});
    CHECK(run.exitCode == 3);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("was rejected; nothing was written")));
    CHECK(run.err.contains(QStringLiteral(
        "line 3: amount: \"1.234\" is not a valid amount: at most two decimals are allowed\n")));
    CHECK(run.err.contains(QStringLiteral("line 4: customer: no customer has the external_id \"C7\"")));
    CHECK(test::fileHash(db) == before);
}

TEST_CASE("import --skip-invalid imports the valid rows and --dry-run writes nothing", "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString csv = test::writeFile(dir, QStringLiteral("reps.csv"),
                                        "id,name,role\nr1,Ann,rep\nr2,Bob,boss\nr3,Cy,manager\n");
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    const QByteArray before = test::fileHash(db);
    auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"), csv, QStringLiteral("--dry-run"),
                           QStringLiteral("--skip-invalid")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Dry run, nothing was written. reps: 3 rows, 2 added")));
    CHECK(test::fileHash(db) == before);

    run =
        runCli(db, {QStringLiteral("import"), QStringLiteral("reps"), csv, QStringLiteral("--skip-invalid")});
    CHECK(run.exitCode == 0);
    CHECK(run.out ==
          QStringLiteral("reps: 3 rows, 2 added, 0 updated, 0 unchanged, 1 invalid rows skipped.\n"));
    CHECK(run.err.contains(QStringLiteral("line 3: role: \"boss\" is not a role: use rep or manager")));

    const QString out = dir.filePath(QStringLiteral("reps-out.csv"));
    run = runCli(db, {QStringLiteral("export"), QStringLiteral("reps"), out});
    CHECK(run.exitCode == 0);
    CHECK(readAll(out) == "id,name,role\r\nr1,Ann,rep\r\nr3,Cy,manager\r\n");
}

TEST_CASE("file-level problems exit 3 with a clear message", "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                           test::writeFile(dir, QStringLiteral("empty.csv"), "")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("the file is empty")));
    run = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                      test::writeFile(dir, QStringLiteral("latin1.csv"), "id,name\nr1,Jos\xE9\n")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("line 2: the file is not valid UTF-8")));
    run = runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                      test::writeFile(dir, QStringLiteral("cols.csv"), "id,name\n1,x\n")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("the header has no external_id, acquired_at columns")));
    run = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                      test::writeFile(dir, QStringLiteral("header.csv"), "id,name\n")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("header but no rows")));
}

TEST_CASE("import and export usage errors exit 2 and a missing file exits 1", "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    CHECK(runCli(db, {QStringLiteral("import"), QStringLiteral("--help")}).exitCode == 0);
    CHECK(runCli(db, {QStringLiteral("export"), QStringLiteral("--help")}).exitCode == 0);
    CHECK(runCli(db, {QStringLiteral("import"), QStringLiteral("customers")}).exitCode == 2);
    CHECK(
        runCli(db, {QStringLiteral("import"), QStringLiteral("widgets"), QStringLiteral("x.csv")}).exitCode ==
        2);
    CHECK(runCli(db, {QStringLiteral("import"), QStringLiteral("reps"), QStringLiteral("x.csv"),
                      QStringLiteral("--bogus")})
              .exitCode == 2);
    CHECK(
        runCli(db, {QStringLiteral("export"), QStringLiteral("widgets"), QStringLiteral("x.csv")}).exitCode ==
        2);
    const auto missing = runCli(
        db, {QStringLiteral("import"), QStringLiteral("reps"), dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("there is no file")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("export then import into an empty database then export gives identical files through the CLI",
          "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    REQUIRE(runCli(first, {QStringLiteral("import"), QStringLiteral("customers"),
                           test::writeFile(dir, QStringLiteral("c.csv"), kCustomers)})
                .exitCode == 0);
    REQUIRE(runCli(first, {QStringLiteral("import"), QStringLiteral("interactions"),
                           test::writeFile(dir, QStringLiteral("i.csv"),
                                           "external_id,customer,rep,kind,occurred_at,amount,notes\n"
                                           "I1,C1,r1,purchase,2025-02-01T10:00:00Z,0.1,\"=2+3\"\n"
                                           ",C2,r2,purchase,2025-02-01T10:00:00+03:00,0.2,@mention\n")})
                .exitCode == 0);
    REQUIRE(runCli(first, {QStringLiteral("import"), QStringLiteral("surveys"),
                           test::writeFile(dir, QStringLiteral("s.csv"),
                                           "customer,survey,score,responded_at\nC2,nps,9,2025-02-03\n")})
                .exitCode == 0);
    const QStringList kinds{QStringLiteral("reps"), QStringLiteral("customers"),
                            QStringLiteral("interactions"), QStringLiteral("surveys")};
    for (const QString& kind : kinds) {
        const QString a = dir.filePath(kind + QStringLiteral("-a.csv"));
        REQUIRE(runCli(first, {QStringLiteral("export"), kind, a}).exitCode == 0);
        REQUIRE(runCli(second, {QStringLiteral("import"), kind, a}).exitCode == 0);
    }
    for (const QString& kind : kinds) {
        const QString a = dir.filePath(kind + QStringLiteral("-a.csv"));
        const QString b = dir.filePath(kind + QStringLiteral("-b.csv"));
        REQUIRE(runCli(second, {QStringLiteral("export"), kind, b}).exitCode == 0);
        CAPTURE(kind);
        CHECK(readAll(a) == readAll(b));
    }
    const QByteArray interactions = readAll(dir.filePath(QStringLiteral("interactions-a.csv")));
    CHECK(interactions.contains("'=2+3"));
    CHECK(interactions.contains("'@mention"));
    CHECK(interactions.contains(",C2,r2,purchase,2025-02-01T07:00:00Z,0.20,"));
}
