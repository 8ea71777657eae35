#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rapport::test;

// The database's own files are never the target of an export or a report, nor the source of
// an import, under any of their names: an export renamed over the database replaced the
// whole book with a CSV file, and exit 0 said it went well.
TEST_CASE("export, report and import refuse the database's own files under every name", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("book.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("30"),
                        QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const QString alias = dir.filePath(QStringLiteral("alias.pdf"));
    REQUIRE(QFile::link(db, alias));
    const QByteArray before = fileHash(db);

    for (const QString& own : QStringList{db, db + QStringLiteral("-wal"), alias}) {
        const CliRun exported = runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), own});
        INFO(own.toStdString() + ": " + exported.err.toStdString());
        CHECK(exported.exitCode == 1);
        CHECK(exported.err.contains(QStringLiteral("the open database itself")));
        // (The log is gone between two runs, so for it the import says there is no such file.)
        const CliRun imported = runCli(db, {QStringLiteral("import"), QStringLiteral("customers"), own});
        CHECK(imported.exitCode == 1);
        CHECK((imported.err.contains(QStringLiteral("the open database itself")) ||
               imported.err.contains(QStringLiteral("there is no file"))));
    }
    const CliRun report = runCli(db, {QStringLiteral("report"), QStringLiteral("--period"),
                                      QStringLiteral("2026"), QStringLiteral("--out"), alias});
    CHECK(report.exitCode == 1);
    CHECK(report.err.contains(QStringLiteral("the open database itself")));

    CHECK(fileHash(db) == before);
    CHECK(runCli(db, {QStringLiteral("info")}).exitCode == 0);
}

TEST_CASE("a dry run into a database that does not exist yet creates no file", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("not-yet.sqlite"));
    const QString csv =
        writeFile(dir, QStringLiteral("customers.csv"),
                  "external_id,name,acquired_at\r\nC-1,Cleo,2025-01-01\r\nC-2,Cato,2025-02-01\r\n");
    const CliRun dry =
        runCli(db, {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2")));
    CHECK(dry.err.contains(QStringLiteral("creating nothing")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("not-yet*")}, QDir::Files | QDir::Hidden).isEmpty());
}
