// Reliability and security promises checked through the real rapport-cli binary
// (docs/reliability.md lists which test proves which promise).
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <unistd.h>

using namespace rapport;
using test::runCli;

namespace {

qint64 scalar(const core::Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString integrity(const core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("an import killed at random moments leaves a sound database with all of it or none of it",
          "[cli][reliability]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    QByteArray customers = "external_id,name,acquired_at\n";
    for (int c = 1; c <= 200; ++c)
        customers += "C" + QByteArray::number(c) + ",Customer " + QByteArray::number(c) + ",2024-01-01\n";
    REQUIRE(runCli(base, {QStringLiteral("import"), QStringLiteral("customers"),
                          test::writeFile(dir, QStringLiteral("customers.csv"), customers)})
                .exitCode == 0);
    constexpr int kRows = 40000;
    QByteArray interactions = "external_id,customer,kind,occurred_at,amount,notes\n";
    interactions.reserve(kRows * 70);
    for (int i = 0; i < kRows; ++i) {
        interactions += "I" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 200) +
                        ",purchase,2025-06-01T10:00:00Z," + QByteArray::number(i % 1000) + ".50,order " +
                        QByteArray::number(i) + "\n";
    }
    const QString csv = test::writeFile(dir, QStringLiteral("interactions.csv"), interactions);
    // A clean, checkpointed starting file for every trial.
    const QString start = dir.filePath(QStringLiteral("start.sqlite"));
    {
        auto db = test::openOrFail(base);
        REQUIRE_OK(db->backupTo(start));
    }

    // How long a whole import takes here, so that kills land before, during and after the commit.
    const QString timed = dir.filePath(QStringLiteral("timed.sqlite"));
    REQUIRE(QFile::copy(start, timed));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(runCli(timed, {QStringLiteral("import"), QStringLiteral("interactions"), csv}).exitCode == 0);
    const qint64 fullMs = std::max<qint64>(clock.elapsed(), 50);

    QRandomGenerator random(20261124); // fixed: the same moments every run
    int none = 0;
    int all = 0;
    for (int trial = 0; trial < 12; ++trial) {
        const QString path = dir.filePath(QStringLiteral("trial-%1.sqlite").arg(trial));
        REQUIRE(QFile::copy(start, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess process;
        process.start(
            QStringLiteral(RAPPORT_CLI_PATH),
            {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("interactions"), csv});
        REQUIRE(process.waitForStarted());
        const auto delay = static_cast<unsigned long>(random.bounded(static_cast<int>(fullMs * 12 / 10)));
        QThread::msleep(delay);
        process.kill(); // SIGKILL: no chance to clean up
        REQUIRE(process.waitForFinished(30000));

        auto db = test::openOrFail(path); // recovers the WAL as any later open would
        INFO("trial " << trial << ", killed after " << delay << " ms of ~" << fullMs << " ms");
        CHECK(integrity(*db) == QStringLiteral("ok"));
        const qint64 count = scalar(*db, QStringLiteral("SELECT count(*) FROM interactions"));
        CHECK((count == 0 || count == kRows));
        (count == 0 ? none : all)++;
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customers")) == 200);
    }
    WARN("kills that left none of the import: " << none << ", all of it: " << all);
}

TEST_CASE("hostile names and values are stored and exported as plain data", "[cli][security]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString hostile[] = {
        QStringLiteral("Robert'); DROP TABLE customers;--"), QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("<script>alert(1)</script>"),         QStringLiteral("%s%n%x"),
        QStringLiteral("Zoë 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \\ back\\slash"),
    };
    QByteArray csv = "external_id,name,company,segment,owner,acquired_at\n";
    int n = 0;
    for (const QString& name : hostile) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += "H" + QByteArray::number(++n) + ",\"" + quoted.toUtf8() + "\",\"" + quoted.toUtf8() + "\",\"" +
               quoted.toUtf8() + "\",\"" + quoted.toUtf8() + "\",2025-01-01\n";
    }
    const auto run = runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                                 test::writeFile(dir, QStringLiteral("hostile.csv"), csv)});
    REQUIRE(run.exitCode == 0);

    auto database = test::openOrFail(db);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM customers")) == n);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM reps")) == n); // owners created by id
    for (int i = 0; i < n; ++i) {
        QSqlQuery q(database->connection());
        REQUIRE(q.prepare(
            QStringLiteral("SELECT name, company, segment, owner FROM customers WHERE external_id = ?")));
        q.addBindValue(QStringLiteral("H%1").arg(i + 1));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        for (int column = 0; column < 4; ++column)
            CHECK(q.value(column).toString() == hostile[i]);
    }
    database.reset();

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), exported}).exitCode == 0);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("Robert'); DROP TABLE customers;--")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
}

TEST_CASE("databases, backups and exports are created readable by their owner only", "[cli][security]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                        QStringLiteral("--until"), QStringLiteral("2026-06-30")})
                .exitCode == 0);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("backup"), backup}).exitCode == 0);
    const QString exported = dir.filePath(QStringLiteral("customers.csv"));
    REQUIRE(runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), exported}).exitCode == 0);
    const auto othersMay =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString& path : {db, backup, exported}) {
        INFO(path.toStdString());
        CHECK((QFileInfo(path).permissions() & othersMay) == 0);
    }
}

TEST_CASE("a session with known customer details leaves none of them in the log", "[cli][security]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("xdg-data"));
    const QStringList env{QStringLiteral("XDG_DATA_HOME=") + data};
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QByteArray secrets[] = {"Zebulon Quixote-Marchetti", "zq@secret.example", "+1 555 0199",
                                  "confidential-note-xyzzy", "Quixote Holdings"};
    const QString customers = test::writeFile(
        dir, QStringLiteral("customers.csv"),
        "external_id,name,company,email,phone,acquired_at\nZ1,Zebulon Quixote-Marchetti,Quixote Holdings,"
        "zq@secret.example,+1 555 0199,2025-01-01\n");
    const QString interactions =
        test::writeFile(dir, QStringLiteral("interactions.csv"),
                        "customer,kind,occurred_at,notes\nZ1,call,2025-02-01,confidential-note-xyzzy\n"
                        "Z1,complaint,2025-02-02,confidential-note-xyzzy\n");
    const QString bad =
        test::writeFile(dir, QStringLiteral("bad.csv"),
                        "customer,kind,occurred_at,notes\nZ1,call,not-a-date,confidential-note-xyzzy\n");
    CHECK(test::runCliWithEnv(db, {QStringLiteral("import"), QStringLiteral("customers"), customers}, env)
              .exitCode == 0);
    CHECK(
        test::runCliWithEnv(db, {QStringLiteral("import"), QStringLiteral("interactions"), interactions}, env)
            .exitCode == 0);
    CHECK(test::runCliWithEnv(db, {QStringLiteral("import"), QStringLiteral("interactions"), bad}, env)
              .exitCode == 3);
    CHECK(test::runCliWithEnv(db,
                              {QStringLiteral("export"), QStringLiteral("customers"),
                               dir.filePath(QStringLiteral("out.csv"))},
                              env)
              .exitCode == 0);
    CHECK(test::runCliWithEnv(
              db, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2025")}, env)
              .exitCode == 0);

    int logs = 0;
    QDirIterator it(data, {QStringLiteral("*.log*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile log(it.next());
        REQUIRE(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        ++logs;
        for (const QByteArray& secret : secrets) {
            INFO(log.fileName().toStdString() << " must not contain " << secret.toStdString());
            CHECK_FALSE(text.contains(secret));
        }
    }
    CHECK(logs >= 1); // the CLI does write a log there, so the search above means something
}

namespace {

// Runs rapport-cli as an unprivileged user: as root (CI) through setpriv as "nobody",
// because root may write anywhere and a read-only file would prove nothing.
// The binary is copied beside the data first: the build folder may sit where "nobody"
// cannot enter (under /root, say), and the copy runs the same (Qt is linked dynamically).
test::CliRun runUnprivileged(const QString& db, const QStringList& args, const QString& dataHome)
{
    QString cli = QStringLiteral(RAPPORT_CLI_PATH);
    QStringList program;
    if (::geteuid() == 0) {
        program << QStringLiteral("setpriv") << QStringLiteral("--reuid=65534")
                << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups");
        cli = dataHome + QStringLiteral("/rapport-cli");
        if (!QFileInfo::exists(cli))
            REQUIRE(QFile::copy(QStringLiteral(RAPPORT_CLI_PATH), cli));
        REQUIRE(QFile::setPermissions(cli, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther));
    }
    program << QStringLiteral("env") << QStringLiteral("XDG_DATA_HOME=") + dataHome
            << QStringLiteral("HOME=") + dataHome << cli << QStringLiteral("--db") << db << args;
    QProcess process;
    process.start(program.takeFirst(), program);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("a read-only database or folder gets a clear message and is left unchanged", "[cli][reliability]")
{
    QTemporaryDir dir;
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                      QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(dir.path(), open));
    const QString dataHome = dir.filePath(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(dataHome));
    REQUIRE(QFile::setPermissions(dataHome, open | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    const QString folder = dir.filePath(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/db.sqlite");
    REQUIRE(runCli(db, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                        QStringLiteral("--until"), QStringLiteral("2026-06-30")})
                .exitCode == 0);
    const QString csv =
        test::writeFile(dir, QStringLiteral("c.csv"), "external_id,name,acquired_at\nX1,Xena,2025-01-01\n");
    QFile::setPermissions(csv, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const auto readOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

    SECTION("a read-only file in a writable folder")
    {
        REQUIRE(QFile::setPermissions(folder, open | QFileDevice::WriteGroup | QFileDevice::WriteOther));
        REQUIRE(QFile::setPermissions(db, readOnlyFile));
        const QByteArray before = test::fileHash(db);
        const auto run =
            runUnprivileged(db, {QStringLiteral("import"), QStringLiteral("customers"), csv}, dataHome);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is read-only")));
        CHECK(test::fileHash(db) == before);
    }
    SECTION("a writable file in a read-only folder")
    {
        REQUIRE(QFile::setPermissions(db, readOnlyFile | QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                              QFileDevice::WriteOther));
        REQUIRE(QFile::setPermissions(folder, open));
        const QByteArray before = test::fileHash(db);
        const auto run = runUnprivileged(db, {QStringLiteral("info")}, dataHome);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is read-only")));
        CHECK(test::fileHash(db) == before);
    }
    QFile::setPermissions(folder, open | QFileDevice::WriteOwner);
}

TEST_CASE("two rapport-cli processes importing into one database at once both succeed and lose nothing",
          "[cli][reliability]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QByteArray customers = "external_id,name,acquired_at\n";
    for (int c = 1; c <= 50; ++c)
        customers += "C" + QByteArray::number(c) + ",Customer " + QByteArray::number(c) + ",2024-01-01\n";
    REQUIRE(runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                        test::writeFile(dir, QStringLiteral("customers.csv"), customers)})
                .exitCode == 0);
    constexpr int kRows = 20000;
    QString files[2];
    for (int w = 0; w < 2; ++w) {
        QByteArray csv = "external_id,customer,kind,occurred_at,notes\n";
        for (int i = 0; i < kRows; ++i)
            csv += "W" + QByteArray::number(w) + "-" + QByteArray::number(i) + ",C" +
                   QByteArray::number(1 + i % 50) + ",call,2025-03-01T10:00:00Z,call " +
                   QByteArray::number(i) + "\n";
        files[w] = test::writeFile(dir, QStringLiteral("w%1.csv").arg(w), csv);
    }
    QProcess writers[2];
    for (int w = 0; w < 2; ++w)
        writers[w].start(
            QStringLiteral(RAPPORT_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("interactions"), files[w]});
    for (QProcess& p : writers) {
        REQUIRE(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        CHECK(p.exitCode() == 0);
        CHECK_FALSE(err.contains(QStringLiteral("database is locked")));
    }
    auto database = test::openOrFail(db);
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM interactions")) == 2 * kRows);
    CHECK(integrity(*database) == QStringLiteral("ok"));
}
