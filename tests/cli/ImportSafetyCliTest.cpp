// The command-line side of the data-safety rules of issue 18 that concern imported data.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rapport;
using test::runCli;

TEST_CASE("a period ending after 9999-12-31 is a usage error and the last month still works", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    for (const char* period : {"9999", "9999-Q4", "9999-12"}) {
        const auto run =
            runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"), QString::fromLatin1(period),
                        QStringLiteral("--format"), QStringLiteral("json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("after 9999-12-31")));
        CHECK(run.out.isEmpty());
    }
    const auto ok =
        runCli(db, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("9999-11"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(ok.exitCode == 0);
    const QJsonObject period =
        QJsonDocument::fromJson(ok.out.toUtf8()).object()[QStringLiteral("period")].toObject();
    CHECK(period[QStringLiteral("end")].toString() == QStringLiteral("9999-12-01T00:00:00Z"));
}

TEST_CASE("an import of an exported file with every column round-trips after a partial re-import",
          "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    auto write = [&](const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        return path;
    };
    const QByteArray full =
        "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at,churn_reason\r\n"
        "C1,Ann,Archer Ltd,ann@example.com,'+44 1,smb,r1,2025-01-10T00:00:00Z,2025-09-01T00:00:00Z,price\r\n";
    const auto imported =
        runCli(db, {QStringLiteral("import"), QStringLiteral("customers"), write("full.csv", full)});
    REQUIRE(imported.exitCode == 0);
    // A file with only the required columns changes nothing.
    const auto partial =
        runCli(db, {QStringLiteral("import"), QStringLiteral("customers"),
                    write("partial.csv", "external_id,name,acquired_at\nC1,Ann,2025-01-10\n")});
    CHECK(partial.exitCode == 0);
    CHECK(partial.out == QStringLiteral("customers: 1 rows, 0 added, 0 updated, 1 unchanged.\n"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(runCli(db, {QStringLiteral("export"), QStringLiteral("customers"), out}).exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == full);
}
