#include "CliTestSupport.h"
#include "app/WorkspaceFixture.h"
#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportWizard.h"
#include "shell/MainWindow.h"
#include "storage/CustomerRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <sys/stat.h>

using namespace rapport;

namespace {

// Every descriptor of this process that points at a file which has been deleted: a sign
// that another process removed the write-ahead log or the shared memory under our feet.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.endsWith(QLatin1String(" (deleted)")))
            deleted << target;
    }
    return deleted;
}

// How many POSIX locks this process holds on the file at `path` (from /proc/locks, so the
// file itself is never opened). SQLite keeps one on the database while a connection is open
// in WAL mode; it is what tells another process it is not alone.
int locksHeldOn(const QString& path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString inode = QString::number(st.st_ino);
    int held = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 ..." (a blocked waiter's line has "->" first)
        if (fields.size() >= 6 && fields[1] == QLatin1String("POSIX") && fields[4] == pid &&
            fields[5].section(QLatin1Char(':'), -1) == inode)
            ++held;
    }
    return held;
}

qint64 countCustomers(core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customers")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the command line beside an open window deletes nothing and loses no one's writes", "[app][safety]")
{
    test::WorkspaceFixture f; // the window's own connection, and three customers written through it
    const QString path = f.temp.path();
    QString backup;
    {
        app::MainWindow window(f.session);
        window.show();
        window.showPage(app::MainWindow::CustomersPage);
        f.waitForLists(); // the lists' worker has opened its own connection
        // Opening connections on other threads must not have dropped the window's locks.
        CHECK(locksHeldOn(path) > 0);

        // The CLI reads, then writes, while the window holds the file open.
        REQUIRE(test::runCli(path, {QStringLiteral("info")}).exitCode == 0);
        const QString csv = test::writeFile(f.temp, "cli.csv",
                                            "external_id,name,acquired_at\r\nCLI-1,Carla Cli,2025-03-01\r\n");
        const test::CliRun imported =
            test::runCli(path, {QStringLiteral("import"), QStringLiteral("customers"), csv});
        REQUIRE(imported.exitCode == 0);
        CHECK(deletedOpenFiles().isEmpty());
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

        // The window goes on writing after the CLI has come and gone ...
        f.addCustomer(QStringLiteral("Wanda Window"), QStringLiteral("Pane Ltd"),
                      QStringLiteral("wanda@pane.example"));
        REQUIRE(test::runCli(path, {QStringLiteral("info")}).exitCode == 0);
        CHECK(deletedOpenFiles().isEmpty());
        f.addCustomer(QStringLiteral("Walt Window"), QStringLiteral("Sill Ltd"),
                      QStringLiteral("walt@sill.example"));

        // ... and a backup taken by the CLI now holds every write of both.
        backup = f.temp.dir.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE(test::runCli(path, {QStringLiteral("backup"), backup}).exitCode == 0);
        CHECK(countCustomers(f.session.database()) == 6);
        CHECK(deletedOpenFiles().isEmpty());
    }
    f.session.close();

    // Nothing disappears when the window closes.
    auto reopened = test::openOrFail(path);
    CHECK(countCustomers(*reopened) == 6);
    auto copy = test::openOrFail(backup);
    CHECK(countCustomers(*copy) == 6);
}

TEST_CASE("the import wizard refuses the open database as its CSV file without opening it", "[app][safety]")
{
    test::WorkspaceFixture f;
    const QString path = f.temp.path();
    f.addCustomer(QStringLiteral("Wanda Window"), QStringLiteral("Pane Ltd"),
                  QStringLiteral("wanda@pane.example"));
    REQUIRE(locksHeldOn(path) > 0);
    app::ImportWizard wizard(f.session);
    for (const QString& own : QStringList{path, path + QStringLiteral("-wal")}) {
        wizard.setFile(own);
        CHECK_FALSE(wizard.filePage().isComplete());
        // (How SQLite splits its byte ranges into entries varies; what matters is that a
        // lock is still held: closing a descriptor of our own would have dropped them all.)
        CHECK(locksHeldOn(path) > 0);
    }
}
