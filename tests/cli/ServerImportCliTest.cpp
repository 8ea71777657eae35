#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <libpq-fe.h>

// Imports into the team server through the real rapport-cli (team.md, "Imports on the server"
// and "People and what they may see"): the same files give the same book as on a file, a rep
// imports only the rep's own rows, and a killed import leaves all or nothing.
// Runs against the test server only ([server]: see tests/CMakeLists.txt).
namespace {

using namespace rapport;
using test::runCli;

// In the order a book is filled: a file's references first.
const char* const kKinds[] = {"reps", "products", "customers", "interactions", "surveys"};

QString csvPath(const QTemporaryDir& dir, const char* kind)
{
    return dir.filePath(QStringLiteral("in-%1.csv").arg(QString::fromLatin1(kind)));
}

test::CliRun import(const QString& db, const char* kind, const QString& file, const QStringList& options = {})
{
    return runCli(db, QStringList{QStringLiteral("import"), QString::fromLatin1(kind), file} + options);
}

QString writeCsv(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// The definitions of the indexes of the tables an import writes, one a line.
QString indexesOf(const QString& server)
{
    return test::serverScalar(server, "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes"
                                      " WHERE schemaname = 'public'"
                                      " AND tablename IN ('customers', 'interactions', 'survey_responses')");
}

// The ids of the same indexes: an index built again gets a new one.
QString indexIdsOf(const QString& server)
{
    return test::serverScalar(server,
                              "SELECT string_agg(indexrelid::text, ',' ORDER BY indexrelid) FROM pg_index"
                              " WHERE indrelid IN ('customers'::regclass, 'interactions'::regclass,"
                              " 'survey_responses'::regclass)");
}

// A new server book (`init`) holding one customer, C1 of rep r1, imported from `dir`.
QString serverWithOneCustomer(const QTemporaryDir& dir)
{
    const QString server = test::newServerDatabase();
    REQUIRE(runCli(server, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(import(server, "customers",
                   writeCsv(dir, "c.csv", "external_id,name,owner,acquired_at\nC1,One,r1,2025-01-05\n"))
                .exitCode == 0);
    return server;
}

} // namespace

TEST_CASE("The same files imported into a file and into the server give the same book", "[.][server]")
{
    QTemporaryDir dir;
    const QString demo = test::demoBook(dir, "300", "11");
    for (const char* kind : kKinds)
        REQUIRE(runCli(demo, {QStringLiteral("export"), QString::fromLatin1(kind), csvPath(dir, kind)})
                    .exitCode == 0);

    const QString file = dir.filePath(QStringLiteral("imported.sqlite"));
    const QString server = test::newServerDatabase();
    for (const QString& db : {file, server}) {
        REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
        for (const char* kind : kKinds) {
            const auto run = import(db, kind, csvPath(dir, kind));
            INFO(kind << ": " << run.out.toStdString() << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
        }
    }
    const QStringList fromFile = test::bookAsText(file, dir);
    CHECK(test::bookAsText(server, dir) == fromFile);

    // Again: every row is found as it is, on both sides, and nothing changes.
    for (const QString& db : {file, server}) {
        const auto run = import(db, "interactions", csvPath(dir, "interactions"));
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral(" 0 added")));
        CHECK(run.out.contains(QStringLiteral(" 0 updated")));
    }
    CHECK(test::bookAsText(server, dir) == fromFile);
}

TEST_CASE("A rep's login imports only the rep's own rows and is refused the others with exit 3",
          "[.][server]")
{
    QTemporaryDir dir;
    const QString admin = test::newServerDatabase();
    REQUIRE(runCli(admin, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(import(admin, "reps", writeCsv(dir, "reps.csv", "id,name\nr1,Ann\nr2,Bob\n")).exitCode == 0);
    REQUIRE(
        import(admin, "customers",
               writeCsv(dir, "customers.csv",
                        "external_id,name,owner,acquired_at\nC1,One,r1,2026-01-05\nC2,Two,r2,2026-01-06\n"))
            .exitCode == 0);
    const QString login = test::serverLogin("rita");
    REQUIRE(
        runCli(admin, {QStringLiteral("team"), QStringLiteral("add-user"), login, QStringLiteral("--role"),
                       QStringLiteral("rep"), QStringLiteral("--rep"), QStringLiteral("r1")})
            .exitCode == 0);
    const QString rep = test::serverUriAs(admin, login);
    const auto count = [&](const char* sql) { return test::serverScalar(admin, sql); };

    SECTION("a customer owned by another rep")
    {
        const auto run = import(rep, "customers",
                                writeCsv(dir, "mine.csv",
                                         "external_id,name,owner,acquired_at\nC3,Three,r1,2026-02-01\n"
                                         "C4,Four,r2,2026-02-02\n"));
        CHECK(run.exitCode == 3);
        CHECK(
            run.err.contains(QStringLiteral("line 3: owner: a rep's login imports only its own customers")));
        CHECK(count("SELECT count(*) FROM customers") == QStringLiteral("2"));
    }
    SECTION("a customer's external_id that another rep's customer has")
    {
        const auto run = import(
            rep, "customers",
            writeCsv(dir, "taken.csv", "external_id,name,owner,acquired_at\nC2,Mine now,r1,2026-02-01\n"));
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(
            QStringLiteral("line 2: external_id: C2 belongs to a record your login cannot see")));
        CHECK(count("SELECT name FROM customers WHERE external_id = 'C2'") == QStringLiteral("Two"));
    }
    SECTION("an interaction of another rep's customer")
    {
        const auto run = import(rep, "interactions",
                                writeCsv(dir, "theirs.csv",
                                         "customer,kind,occurred_at\nC1,call,2026-03-01T10:00:00Z\n"
                                         "C2,call,2026-03-01T11:00:00Z\n"));
        CHECK(run.exitCode == 3);
        CHECK(
            run.err.contains(QStringLiteral("line 3: customer: none of your customers has the external_id")));
        CHECK(count("SELECT count(*) FROM interactions") == QStringLiteral("0"));
    }
    SECTION("the reps file")
    {
        const auto run = import(rep, "reps", writeCsv(dir, "newreps.csv", "id,name\nr3,Cy\n"));
        CHECK(run.exitCode == 3);
        CHECK(count("SELECT count(*) FROM reps") == QStringLiteral("2"));
    }
    SECTION("the products file, while interactions may name the team's products")
    {
        REQUIRE(import(admin, "products", writeCsv(dir, "p.csv", "external_id,name\nP1,Widget\n")).exitCode ==
                0);
        const auto run = import(rep, "products",
                                writeCsv(dir, "newproducts.csv", "external_id,name\nP1,Renamed\nP2,New\n"));
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(
            QStringLiteral("line 2: external_id: a rep's login cannot add or change products: "
                           "a manager or an admin imports the products file")));
        // (The rows after the first invalid one are checked, but never reach the store.)
        CHECK(count("SELECT string_agg(external_id || '=' || name, ',') FROM products") ==
              QStringLiteral("P1=Widget"));
        const auto bought = import(rep, "interactions",
                                   writeCsv(dir, "bought.csv",
                                            "customer,kind,occurred_at,amount,product\n"
                                            "C1,purchase,2026-03-01T10:00:00Z,5.00,P1\n"));
        INFO(bought.err.toStdString());
        CHECK(bought.exitCode == 0);
        CHECK(count("SELECT count(*) FROM interactions i JOIN products p ON p.id = i.product_id") ==
              QStringLiteral("1"));
    }
    SECTION("the rep's own rows")
    {
        // A rep's login does not own the tables: its imports leave the indexes alone.
        const QString ids = indexIdsOf(admin);
        REQUIRE(
            import(rep, "customers",
                   writeCsv(dir, "own.csv", "external_id,name,owner,acquired_at\nC5,Five,r1,2026-02-03\n"))
                .exitCode == 0);
        const auto run = import(rep, "interactions",
                                writeCsv(dir, "calls.csv",
                                         "customer,kind,occurred_at,rep\nC1,call,2026-03-01T10:00:00Z,r1\n"
                                         "C5,purchase,2026-03-02T10:00:00Z,\n"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 3); // a purchase needs an amount: the line is named, nothing written
        CHECK(count("SELECT count(*) FROM interactions") == QStringLiteral("0"));
        REQUIRE(import(rep, "interactions",
                       writeCsv(dir, "calls2.csv",
                                "customer,kind,occurred_at,rep\nC1,call,2026-03-01T10:00:00Z,r1\n"
                                "C5,meeting,2026-03-02T10:00:00Z,\n"))
                    .exitCode == 0);
        CHECK(count("SELECT count(*) FROM interactions") == QStringLiteral("2"));
        CHECK(count("SELECT count(*) FROM customers WHERE owner = 'r1'") == QStringLiteral("2"));
        CHECK(indexIdsOf(admin) == ids);
    }
}

TEST_CASE("A server import killed half-way leaves the server as it was, and the next import runs",
          "[.][server]")
{
    QTemporaryDir dir;
    const QString server = serverWithOneCustomer(dir);
    const QString indexes = indexesOf(server);
    constexpr int kRows = 400000;
    QByteArray csv = "external_id,customer,kind,occurred_at,notes\n";
    csv.reserve(kRows * 48);
    for (int i = 0; i < kRows; ++i)
        csv += "I" + QByteArray::number(i) + ",C1,call,2026-01-01T10:00:00Z,call number " +
               QByteArray::number(i) + "\n";
    const QString big = writeCsv(dir, "big.csv", csv);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(RAPPORT_CLI_PATH), {QStringLiteral("--db"), server, QStringLiteral("import"),
                                                 QStringLiteral("interactions"), big});
    REQUIRE(cli.waitForStarted());
    // Kill it once some chunks reached the server (the staging table is written chunk by chunk).
    // Up to 60 s: on a loaded machine (a sanitizer build, a parallel ctest) reading the file
    // before the first chunk can take several seconds.
    bool running = false;
    for (int i = 0; i < 3000 && cli.state() == QProcess::Running; ++i) {
        if (test::serverScalar(server,
                               "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%rapport_import%'"
                               " AND pid <> pg_backend_pid()") != QStringLiteral("0")) {
            running = true;
            break;
        }
        QThread::msleep(20);
    }
    cli.kill();
    cli.waitForFinished();
    CHECK(running); // it was stopped in the middle, not after it finished
    // The server rolls the killed client's transaction back: none of its rows is there.
    for (int i = 0;
         i < 100 &&
         test::serverScalar(server, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND pid <> pg_backend_pid()") != QStringLiteral("0");
         ++i)
        QThread::msleep(50);
    CHECK(test::serverScalar(server, "SELECT count(*) FROM interactions") == QStringLiteral("0"));
    // The import had dropped the table's secondary indexes (it owns the empty table): they are back.
    CHECK(indexesOf(server) == indexes);
    // Nothing is left locked or half-made: the whole file goes in on the next try.
    const auto again = import(server, "interactions", big);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(test::serverScalar(server, "SELECT count(*) FROM interactions") == QString::number(kRows));
    CHECK(indexesOf(server) == indexes);
}

TEST_CASE("An owner's import into an empty table builds the indexes after the rows, and a refused one "
          "leaves them as they were",
          "[.][server]")
{
    QTemporaryDir dir;
    const QString server = test::newServerDatabase();
    REQUIRE(runCli(server, {QStringLiteral("init")}).exitCode == 0);
    const QString indexes = indexesOf(server);
    REQUIRE(indexes.count(QLatin1Char('\n')) >= 15);
    const QString ids = indexIdsOf(server);
    const auto count = [&](const char* sql) { return test::serverScalar(server, sql); };

    // Refused (a bad row): nothing is written, and the indexes are the very same.
    const auto refused = import(server, "customers",
                                writeCsv(dir, "bad.csv",
                                         "external_id,name,owner,acquired_at\nC1,One,r1,2025-01-05\n"
                                         "C2,Two,r1,not a date\n"));
    CHECK(refused.exitCode == 3);
    CHECK(count("SELECT count(*) FROM customers") == QStringLiteral("0"));
    CHECK(indexIdsOf(server) == ids);

    // Accepted: rows with and without external_id over several chunks, a keyless row named again
    // far down the file (its lookup index is built as soon as a chunk needs it), and a key named again.
    QByteArray customers = "external_id,name,owner,acquired_at\n";
    for (int i = 1; i <= 50; ++i)
        customers += "C" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) + ",r1,2025-01-05\n";
    REQUIRE(import(server, "customers", writeCsv(dir, "c.csv", customers)).exitCode == 0);
    constexpr int kRows = 60000;
    QByteArray csv = "external_id,customer,kind,occurred_at,notes\n";
    for (int i = 1; i <= kRows; ++i) {
        const QByteArray customer = "C" + QByteArray::number(i % 50 + 1);
        if (i == 10 || i == 55000)
            csv += ",C7,meeting,2025-03-01T10:00:00Z,kickoff\n"; // lines 11 and 55001
        else if (i == 45000)
            csv += "I3," + customer + ",call,2025-02-01T10:00:00Z,again\n"; // line 45001 names line 4's
        else if (i % 1000 == 0)
            csv += "," + customer + ",email,2025-02-0" + QByteArray::number(i % 7 + 1) + "T" +
                   QByteArray::number(10 + i % 9) + ":00:00Z,keyless " + QByteArray::number(i) + "\n";
        else
            csv += "I" + QByteArray::number(i) + "," + customer + ",call,2025-02-01T10:00:00Z,n\n";
    }
    const QString file = writeCsv(dir, "i.csv", csv);
    const auto first = import(server, "interactions", file, {QStringLiteral("--skip-invalid")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains(QStringLiteral("line 45001: external_id: duplicates line 4")));
    CHECK(first.err.contains(QStringLiteral("line 55001: row: duplicates line 11")));
    CHECK(count("SELECT count(*) FROM interactions") == QString::number(kRows - 2));
    CHECK(indexesOf(server) == indexes);
    CHECK(indexIdsOf(server) != ids); // built again
    CHECK(count("SELECT bool_and(indisvalid AND indisready) FROM pg_index WHERE indrelid = "
                "'interactions'::regclass") == QStringLiteral("t"));
    // Vacuumed and analysed right after, as after copy-to: every page all-visible although the
    // test cluster commits asynchronously, and statistics for the planner.
    CHECK(count("SELECT relpages > 0 AND relallvisible = relpages FROM pg_class WHERE relname = "
                "'interactions'") == QStringLiteral("t"));
    CHECK(count("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'interactions'") ==
          QStringLiteral("t"));

    // Again, into a table that is no longer empty: every row is found, the indexes stay.
    const QString idsAfter = indexIdsOf(server);
    const auto again = import(server, "interactions", file, {QStringLiteral("--skip-invalid")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, %1 unchanged").arg(kRows - 2)));
    CHECK(indexIdsOf(server) == idsAfter);
}

TEST_CASE("A teammate reading the table keeps its indexes in place, and the import still runs", "[.][server]")
{
    QTemporaryDir dir;
    const QString server = serverWithOneCustomer(dir);
    const QString ids = indexIdsOf(server);
    // A reader in the middle of a long transaction on interactions.
    PGconn* reader = PQconnectdb(server.toUtf8().constData());
    REQUIRE(PQstatus(reader) == CONNECTION_OK);
    PQclear(PQexec(reader, "BEGIN"));
    PGresult* read = PQexec(reader, "SELECT count(*) FROM interactions");
    REQUIRE(PQresultStatus(read) == PGRES_TUPLES_OK);
    PQclear(read);

    QElapsedTimer timer;
    timer.start();
    const auto run = import(server, "interactions",
                            writeCsv(dir, "i.csv",
                                     "external_id,customer,kind,occurred_at\nI1,C1,call,2026-01-01\n"
                                     ",C1,email,2026-01-02\n"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    // It waited moments for the table's lock, not for the reader to finish.
    CHECK(timer.elapsed() < 8000);
    CHECK(test::serverScalar(server, "SELECT count(*) FROM interactions") == QStringLiteral("2"));
    CHECK(indexIdsOf(server) == ids);
    PQclear(PQexec(reader, "COMMIT"));
    PQfinish(reader);
}

TEST_CASE("Products and the product column go from a file to the server and back unchanged",
          "[.][server][products]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("source.sqlite"));
    const QString server = test::newServerDatabase();
    REQUIRE(runCli(server, {QStringLiteral("init")}).exitCode == 0);
    const QByteArray products = "external_id,name,category,active\r\n"
                                "P1,Widget,tools,true\r\n"
                                "P2,\"Old, retired\",,false\r\n";
    const QByteArray interactions =
        "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product\r\n"
        "I1,C1,r1,purchase,2026-01-05T00:00:00Z,10.00,,,,P1\r\n"
        "I2,C1,r1,complaint,2026-01-06T00:00:00Z,,late,,2026-01-07T00:00:00Z,P2\r\n"
        ",C1,r1,support,2026-01-08T00:00:00Z,,,,,\r\n"
        "I4,C1,r1,call,2026-01-09T00:00:00Z,,,,,\r\n";
    for (const QString& db : {file, server}) {
        REQUIRE(import(db, "customers",
                       writeCsv(dir, "c.csv", "external_id,name,owner,acquired_at\nC1,One,r1,2026-01-01\n"))
                    .exitCode == 0);
        REQUIRE(import(db, "products", writeCsv(dir, "p.csv", products)).exitCode == 0);
        const auto run = import(db, "interactions", writeCsv(dir, "i.csv", interactions));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        // Again: nothing changes; without the product column the stored products stay.
        const auto again = import(db, "interactions", writeCsv(dir, "i.csv", interactions));
        CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, 4 unchanged")));
        const auto partial = import(db, "interactions",
                                    writeCsv(dir, "partial.csv",
                                             "external_id,customer,kind,occurred_at,amount\n"
                                             "I1,C1,purchase,2026-01-05,10.00\n"));
        CHECK(partial.out.contains(QStringLiteral("0 added, 0 updated, 1 unchanged")));
        // A row naming an unknown product or one on a call is refused with its line.
        const auto bad = import(db, "interactions",
                                writeCsv(dir, "bad.csv",
                                         "external_id,customer,kind,occurred_at,product\n"
                                         "I5,C1,support,2026-02-01,P9\nI6,C1,call,2026-02-01,P1\n"));
        CHECK(bad.exitCode == 3);
        CHECK(bad.err.contains(QStringLiteral("line 2: product: no product has the external_id \"P9\"")));
        CHECK(bad.err.contains(QStringLiteral("line 3: product: only a purchase, complaint or support")));
        for (const char* kind : {"products", "interactions"}) {
            const QString out = dir.filePath(QStringLiteral("out-%1.csv").arg(QString::fromLatin1(kind)));
            REQUIRE(runCli(db, {QStringLiteral("export"), QString::fromLatin1(kind), out}).exitCode == 0);
            QFile f(out);
            REQUIRE(f.open(QIODevice::ReadOnly));
            CAPTURE(db, kind);
            CHECK(f.readAll() == (qstrcmp(kind, "products") == 0 ? products : interactions));
        }
    }
    // copy-to carries the catalogue and the products interactions name.
    const QString copy = test::newServerDatabase();
    const auto copied = runCli(file, {QStringLiteral("copy-to"), copy});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    for (const char* kind : {"reps", "products", "customers", "interactions"}) {
        QByteArray exported[2];
        for (int i = 0; i < 2; ++i) {
            const QString out =
                dir.filePath(QStringLiteral("copy-%1-%2.csv").arg(i).arg(QString::fromLatin1(kind)));
            REQUIRE(runCli(i == 0 ? file : copy, {QStringLiteral("export"), QString::fromLatin1(kind), out})
                        .exitCode == 0);
            QFile f(out);
            REQUIRE(f.open(QIODevice::ReadOnly));
            exported[i] = f.readAll();
        }
        CAPTURE(kind);
        CHECK(exported[0] == exported[1]);
    }
}
