#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace rapport;
using test::runCli;

namespace {

const QStringList kSmallDemo{QStringLiteral("demo"),      QStringLiteral("--customers"),
                             QStringLiteral("40"),        QStringLiteral("--seed"),
                             QStringLiteral("7"),         QStringLiteral("--until"),
                             QStringLiteral("2026-06-30")};

} // namespace

TEST_CASE("demo fills a new database, prints a summary and shows no progress when stderr is not a terminal",
          "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run = runCli(db, kSmallDemo);
    CHECK(run.exitCode == 0);
    // stderr is not a terminal: no progress, only the notice that the file is new.
    CHECK(run.err == QStringLiteral("rapport-cli: created a new database at %1\n").arg(db));
    CHECK(run.out.contains(QStringLiteral("customers:        40 (")));
    CHECK(run.out.contains(QStringLiteral("2023-07-01 to 2026-06-30")));
    CHECK(run.out.contains(QStringLiteral("KPI goals:        4")));
    CHECK(QFileInfo::exists(db));

    const auto info = runCli(db, {QStringLiteral("info")});
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("customers: 40 (")));
    CHECK(info.out.contains(QStringLiteral("reps: 9")));
    CHECK(info.out.contains(QStringLiteral("currency: EUR"))); // the demo's default
}

TEST_CASE("demo --currency gives the book that currency, and its summary shows revenue with the symbol",
          "[cli][demo][currency]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run =
        test::runCliWithEnv(db, kSmallDemo + QStringList{QStringLiteral("--currency"), QStringLiteral("USD")},
                            {QStringLiteral("LC_ALL=en_US.UTF-8")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("revenue:          $")));
    CHECK(runCli(db, {QStringLiteral("info")}).out.contains(QStringLiteral("currency: USD")));
}

TEST_CASE("demo on a database with data fails with exit 1, and with --if-empty succeeds without writing",
          "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(db, kSmallDemo).exitCode == 0);
    const QString infoBefore = runCli(db, {QStringLiteral("info")}).out;

    const auto again = runCli(db, kSmallDemo);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds data")));

    QStringList ifEmpty = kSmallDemo;
    ifEmpty << QStringLiteral("--if-empty");
    const auto skipped = runCli(db, ifEmpty);
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("already holds data")));
    CHECK(runCli(db, {QStringLiteral("info")}).out == infoBefore);

    // On an empty database --if-empty generates as usual.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const auto created = runCli(fresh, ifEmpty);
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("customers:        40 (")));
}

TEST_CASE("demo refuses a last day after today by the command line's clock", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run =
        test::runCliWithEnv(db, kSmallDemo, {QStringLiteral("RAPPORT_NOW=2026-06-29T12:00:00Z")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot end after today (2026-06-29)")));
    CHECK(runCli(db, {QStringLiteral("info")}).out.contains(QStringLiteral("customers: 0")));
}

TEST_CASE("demo rejects a bad customer count, seed or date as a usage error (exit 2)", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("many")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("0")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("-3")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--until"), QStringLiteral("2026-13-01")},
          QStringList{QStringLiteral("demo"), QStringLiteral("extra")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto run = runCli(db, args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: rapport-cli")));
    }
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK(runCli(db, {QStringLiteral("demo"), QStringLiteral("--help")}).exitCode == 0);
}
