#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>

// copy-to between a file and the team server (team.md, "Moving a book"), through the real
// rapport-cli: the same records on both sides give the same exports and the same figures,
// byte for byte. Runs against the test server only ([server]: see tests/CMakeLists.txt).
namespace {

using namespace rapport;
using test::runCli;

// Everything a user can read out of a book as text: every export and the figures of the
// contract's commands, in JSON.
QStringList everything(const QString& db, const QTemporaryDir& dir)
{
    QStringList out;
    for (const char* kind : {"reps", "customers", "interactions", "surveys"}) {
        const QString path =
            dir.filePath(QStringLiteral("%1-%2.csv").arg(QString::fromLatin1(kind)).arg(qHash(db)));
        const auto run = runCli(db, {QStringLiteral("export"), QString::fromLatin1(kind), path});
        REQUIRE(run.exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        out << QString::fromUtf8(file.readAll());
    }
    const QList<QStringList> commands{
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3")},
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-10"),
         QStringLiteral("--rep"), QStringLiteral("amorgan")},
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--segment"), QStringLiteral("smb")},
        {QStringLiteral("trend"), QStringLiteral("nps"), QStringLiteral("--from"), QStringLiteral("2025-01"),
         QStringLiteral("--to"), QStringLiteral("2026-11")},
        {QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
         QStringLiteral("2025-Q1"), QStringLiteral("--to"), QStringLiteral("2026-Q4"), QStringLiteral("--by"),
         QStringLiteral("quarter")},
        {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2025-01"),
         QStringLiteral("--to"), QStringLiteral("2026-10")},
        {QStringLiteral("goals")},
    };
    for (QStringList args : commands) {
        args << QStringLiteral("--format") << QStringLiteral("json");
        // A running goal's progress depends on the moment it is asked: fix it.
        const auto run = test::runCliWithEnv(db, args, {QStringLiteral("RAPPORT_NOW=2026-11-20T12:00:00Z")});
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        out << run.out;
    }
    return out;
}

// A Rapport file in `dir` filled with demo data by the real CLI.
QString demoFile(const QTemporaryDir& dir, const char* customers, const char* seed)
{
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(runCli(file, {QStringLiteral("demo"), QStringLiteral("--customers"),
                          QString::fromLatin1(customers), QStringLiteral("--seed"), QString::fromLatin1(seed),
                          QStringLiteral("--until"), QStringLiteral("2026-11-30")})
                .exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("copy-to moves a book to the server and back with every export and figure unchanged", "[.][server]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir, "300", "7");
    const QString server = test::newServerDatabase();

    const auto there = runCli(file, {QStringLiteral("copy-to"), server});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    const QStringList fromFile = everything(file, dir);
    const QStringList fromServer = everything(server, dir);
    REQUIRE(fromFile.size() == fromServer.size());
    for (int i = 0; i < fromFile.size(); ++i) {
        INFO("output " << i);
        CHECK(fromServer[i] == fromFile[i]);
    }
    CHECK(fromFile[2].count(QLatin1Char('\n')) > 1000); // interactions: a real book, not an empty one
    const auto info = runCli(server, {QStringLiteral("info")});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("(a team server, PostgreSQL)")));
    CHECK(info.out.contains(QStringLiteral("customers: 300")));

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const auto home = runCli(server, {QStringLiteral("copy-to"), back});
    INFO(home.err.toStdString());
    REQUIRE(home.exitCode == 0);
    CHECK(everything(back, dir) == fromFile);

    // A server's backup is a Rapport file with the same records.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const auto backedUp = runCli(server, {QStringLiteral("backup"), backup});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(everything(backup, dir) == fromFile);
}

TEST_CASE("copy-to refuses a target that holds records and leaves both sides unchanged", "[.][server]")
{
    QTemporaryDir dir;
    const QString file = demoFile(dir, "50", "3");
    const QString server = test::newServerDatabase();
    REQUIRE(runCli(file, {QStringLiteral("copy-to"), server}).exitCode == 0);
    const QByteArray before = test::fileHash(file);
    const auto customersBefore = runCli(server, {QStringLiteral("export"), QStringLiteral("customers"),
                                                 dir.filePath(QStringLiteral("before.csv"))});
    REQUIRE(customersBefore.exitCode == 0);

    const auto again = runCli(file, {QStringLiteral("copy-to"), server});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records")));
    CHECK(again.err.contains(QStringLiteral("Nothing was copied")));
    const auto customersAfter = runCli(server, {QStringLiteral("export"), QStringLiteral("customers"),
                                                dir.filePath(QStringLiteral("after.csv"))});
    REQUIRE(customersAfter.exitCode == 0);
    CHECK(test::fileHash(dir.filePath(QStringLiteral("after.csv"))) ==
          test::fileHash(dir.filePath(QStringLiteral("before.csv"))));

    // A file target must not exist yet.
    const QString existing = test::writeFile(dir, QStringLiteral("taken.sqlite"), "not mine");
    const auto onFile = runCli(server, {QStringLiteral("copy-to"), existing});
    CHECK(onFile.exitCode == 1);
    CHECK(onFile.err.contains(QStringLiteral("already exists")));
    QFile taken(existing);
    REQUIRE(taken.open(QIODevice::ReadOnly));
    CHECK(taken.readAll() == QByteArray("not mine"));
    CHECK(test::fileHash(file) == before);
}
