// The data-safety rules of the command line and of exports (issue 18), checked through
// the real rapport-cli binary; docs/reliability.md names each rule's test.
#include "CliTestSupport.h"
#include "FifoReader.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace rapport;
using test::runCli;
using test::runCliWithEnv;

namespace {

// Every file below `dir`, so a test can show that nothing was created there.
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDir d(dir);
    for (const QFileInfo& info :
         d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir())
            files << filesBelow(info.filePath());
        else
            files << info.filePath();
    }
    return files;
}

// A database with reps r1 and r2 and two customers (segments smb and enterprise).
QString smallDatabase(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("small.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                        test::writeFile(dir, QStringLiteral("reps.csv"), "id,name\nr1,One\nr2,Two\n")})
                .exitCode == 0);
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                        test::writeFile(dir, QStringLiteral("customers.csv"),
                                        "external_id,name,segment,owner,acquired_at\n"
                                        "C1,Ann,smb,r1,2026-01-05\nC2,Ben,enterprise,r2,2026-02-01\n")})
                .exitCode == 0);
    return db;
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode;
}

} // namespace

TEST_CASE("an empty --db is a usage error and never opens the desktop database", "[cli][safety]")
{
    QTemporaryDir home;
    const QStringList env{QStringLiteral("XDG_DATA_HOME=") + home.path()};
    QTemporaryDir dir;
    const QString csv = test::writeFile(dir, QStringLiteral("reps.csv"), "id,name\nr1,One\n");
    for (const QStringList& args :
         {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("import"), QStringLiteral("reps"),
                      csv},
          QStringList{QStringLiteral("--db="), QStringLiteral("import"), QStringLiteral("reps"), csv},
          QStringList{QStringLiteral("--db")}}) {
        const auto run = runCliWithEnv({}, args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--db")));
        CHECK(filesBelow(home.path()).filter(QStringLiteral(".sqlite")).isEmpty());
    }
}

TEST_CASE("an empty value for any option or argument is a usage error", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    const QString csv = test::writeFile(dir, QStringLiteral("reps.csv"), "id,name\nr1,One\n");
    const QList<QStringList> cases{
        {QStringLiteral("metrics"),
         QStringLiteral("--period"),
         QStringLiteral("2026"),
         QStringLiteral("--rep"),
         {}},
        {
            QStringLiteral("metrics"),
            QStringLiteral("--period"),
            QStringLiteral("2026"),
            QStringLiteral("--segment="),
        },
        {QStringLiteral("trend"),
         QStringLiteral("revenue"),
         QStringLiteral("--from"),
         QStringLiteral("2026-01"),
         QStringLiteral("--to"),
         QStringLiteral("2026-03"),
         QStringLiteral("--rep"),
         {}},
        {QStringLiteral("report"),
         QStringLiteral("--period"),
         QStringLiteral("2026"),
         QStringLiteral("--rep"),
         {},
         QStringLiteral("--out"),
         dir.filePath(QStringLiteral("r.html"))},
        {QStringLiteral("assess"),
         QStringLiteral("--rep"),
         QStringLiteral("r1"),
         QStringLiteral("--answers"),
         {}},
        {QStringLiteral("import"), QStringLiteral("reps"), {}},
        {QStringLiteral("export"), QStringLiteral("reps"), {}},
        {QStringLiteral("backup"), {}},
        {QStringLiteral("import"), {}, csv},
    };
    for (const QStringList& args : cases) {
        const auto run = runCli(db, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("empty")));
    }
}

TEST_CASE("an import into a database that does not exist yet says it created one", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const QString csv = test::writeFile(dir, QStringLiteral("reps.csv"), "id,name\nr1,One\n");
    const auto first = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"), csv});
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains(QStringLiteral("created a new database")));
    CHECK(first.err.contains(db));
    const auto again = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"), csv});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.err.contains(QStringLiteral("created a new database")));
}

TEST_CASE("a path that is not UTF-8 is refused rather than turned into another name", "[cli][safety]")
{
    QTemporaryDir dir;
    // The shell puts the byte 0xFF into the argument, which QProcess's QStringList cannot.
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("exec \"$0\" --db \"$(printf 'bad\\377.sqlite')\" init"),
                   QStringLiteral(RAPPORT_CLI_PATH)});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 2);
    CHECK(err.contains(QStringLiteral("UTF-8")));
    CHECK(filesBelow(dir.path()).isEmpty());
}

TEST_CASE("export and report write into a FIFO or /dev/stdout and never replace it", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    {
        const QString fifo = dir.filePath(QStringLiteral("export-pipe.csv"));
        test::FifoReader reader(fifo);
        REQUIRE(reader.ok());
        const auto run = runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), fifo});
        const QByteArray data = reader.finish();
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(S_ISFIFO(modeOf(fifo)));
        CHECK(data.startsWith("external_id,name,"));
        CHECK(data.contains("C2,Ben,"));
    }
    {
        const QString fifo = dir.filePath(QStringLiteral("report.html"));
        test::FifoReader reader(fifo);
        REQUIRE(reader.ok());
        const auto run = runCli(db, {QStringLiteral("report"), QStringLiteral("--period"),
                                     QStringLiteral("2026"), QStringLiteral("--out"), fifo});
        const QByteArray data = reader.finish();
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(S_ISFIFO(modeOf(fifo)));
        CHECK(data.contains("<html"));
    }
    // Standard output is a pipe here: the CSV goes there, and the summary to stderr, so
    // that `rapport-cli export customers /dev/stdout | ...` reads nothing but CSV.
    const auto toStdout =
        runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("/dev/stdout")});
    INFO(toStdout.err.toStdString());
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.startsWith(QStringLiteral("external_id,name,")));
    CHECK_FALSE(toStdout.out.contains(QStringLiteral("Exported")));
    CHECK(toStdout.err.contains(QStringLiteral("Exported 2 customers")));
    // A device keeps its type and its mode (as root, a rename would replace /dev/null itself).
    const mode_t devNull = modeOf(QStringLiteral("/dev/null"));
    REQUIRE(S_ISCHR(devNull));
    const auto toNull =
        runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("/dev/null")});
    CHECK(toNull.exitCode == 0);
    CHECK(modeOf(QStringLiteral("/dev/null")) == devNull);
}

TEST_CASE("cohorts and trend refuse a range over 1200 months as a usage error naming the limit",
          "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("interactions"),
                        test::writeFile(dir, QStringLiteral("purchases.csv"),
                                        "customer,kind,occurred_at,amount\nC1,purchase,2026-01-05,10\n")})
                .exitCode == 0);
    for (const QStringList& args :
         {QStringList{QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("1900-01"),
                      QStringLiteral("--to"), QStringLiteral("9999-11")},
          QStringList{QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
                      QStringLiteral("1900-01"), QStringLiteral("--to"), QStringLiteral("2026-12")}}) {
        const auto run = runCli(db, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("1200")));
        CHECK(run.out.isEmpty());
    }
    // A full 1200 months is fine and prints one cell per empty cohort.
    const auto century =
        runCli(db, {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("1927-01"),
                    QStringLiteral("--to"), QStringLiteral("2026-12"), QStringLiteral("--format"),
                    QStringLiteral("csv")});
    REQUIRE(century.exitCode == 0);
    CHECK(century.out.count(QLatin1Char('\n')) == 1201);
    CHECK(century.out.startsWith(QStringLiteral("cohort,size,m0\n")));
}

TEST_CASE("an unknown --rep or --segment is a usage error listing the valid ones", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    const QString report = dir.filePath(QStringLiteral("r.html"));
    const QList<QStringList> cases{
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--rep"), QStringLiteral("r9")},
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--segment"), QStringLiteral("SMB")},
        {QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
         QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-03"),
         QStringLiteral("--rep"), QStringLiteral("r9")},
        {QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
         QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-03"),
         QStringLiteral("--segment"), QStringLiteral("smbb")},
        {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--rep"), QStringLiteral("r9"), QStringLiteral("--out"), report},
        {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--segment"), QStringLiteral("nope"), QStringLiteral("--out"), report},
    };
    for (const QStringList& args : cases) {
        const auto run = runCli(db, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        if (args.contains(QStringLiteral("--rep")))
            CHECK(run.err.contains(QStringLiteral("r1, r2")));
        else
            CHECK(run.err.contains(QStringLiteral("enterprise, smb")));
    }
    CHECK_FALSE(QFileInfo::exists(report));
    // Known values still work.
    CHECK(runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
                      QStringLiteral("--segment"), QStringLiteral("smb")})
              .exitCode == 0);

    // Hundreds of reps: the message names the first ones and counts the rest.
    QByteArray reps = "id,name\n";
    for (int i = 0; i < 300; ++i)
        reps += "rep" + QByteArray::number(1000 + i) + ",Rep\n";
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                        test::writeFile(dir, QStringLiteral("many.csv"), reps)})
                .exitCode == 0);
    const auto many = runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"),
                                  QStringLiteral("2026"), QStringLiteral("--rep"), QStringLiteral("zz")});
    INFO(many.err.toStdString());
    CHECK(many.exitCode == 2);
    CHECK(many.err.contains(QStringLiteral("rep1000")));
    CHECK_FALSE(many.err.contains(QStringLiteral("rep1299")));
    CHECK(many.err.contains(QStringLiteral("more")));
}

TEST_CASE("trend names the keys it accepts, and `responses` is not among them", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    const auto run =
        runCli(db, {QStringLiteral("trend"), QStringLiteral("responses"), QStringLiteral("--from"),
                    QStringLiteral("2026-01"), QStringLiteral("--to"), QStringLiteral("2026-03")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("responses.csat")));
    CHECK_FALSE(run.err.contains(QStringLiteral(" responses,")));
}

TEST_CASE("table output shows control characters from the data escaped, CSV and JSON keep them",
          "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("interactions"),
                        test::writeFile(dir, QStringLiteral("complaints.csv"),
                                        "customer,kind,occurred_at,category\n"
                                        "C1,complaint,2026-02-05,\"bill\x1b[2J\x07\xc2\x9bing\"\n")})
                .exitCode == 0);
    const auto table =
        runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026")});
    REQUIRE(table.exitCode == 0);
    CHECK_FALSE(table.out.contains(QChar(0x1b)));
    CHECK_FALSE(table.out.contains(QChar(0x07)));
    CHECK_FALSE(table.out.contains(QChar(0x9b)));
    CHECK(table.out.contains(QStringLiteral("complaints_by_category.bill\\x1B[2J\\x07\\u009Bing")));
    const auto json =
        runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("bill\\u001b[2J")));
}

TEST_CASE("a writer locked out by another program is told so in plain words", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDatabase(dir);
    auto holder = test::openOrFail(db);
    core::WriteTransaction held(*holder);
    REQUIRE_OK(held.begun());
    // rapport-cli waits its 10 s for the lock, then gives up.
    const auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("reps"),
                                 test::writeFile(dir, QStringLiteral("r3.csv"), "id,name\nr3,Three\n")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.contains(QStringLiteral("database is locked")));
    CHECK(run.err.contains(QStringLiteral("another program")));
    CHECK(run.err.contains(QStringLiteral("the Rapport window or another rapport-cli")));
    CHECK(run.err.contains(QStringLiteral("try again")));
}
