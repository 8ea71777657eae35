#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFileInfo>

using namespace rapport;
using test::runCli;

TEST_CASE("rapport-cli --help lists the commands and exits 0", "[cli]")
{
    const auto run = runCli({}, {QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("init")));
    CHECK(run.out.contains(QStringLiteral("backup")));
}

TEST_CASE("rapport-cli without a command, or with an unknown one, is a usage error (exit 2)", "[cli]")
{
    CHECK(runCli({}, {}).exitCode == 2);
    const auto run = runCli({}, {QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST_CASE("init creates a database, a command's --help exits 0 and bad options exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    auto run = runCli(db, {QStringLiteral("init")});
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(db));
    CHECK(runCli(db, {QStringLiteral("init"), QStringLiteral("--help")}).exitCode == 0);
    CHECK(runCli(db, {QStringLiteral("init"), QStringLiteral("--bogus")}).exitCode == 2);
}

TEST_CASE("backup writes a copy and a foreign file is refused with exit 1", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    CHECK(runCli(db, {QStringLiteral("backup"), copy}).exitCode == 0);
    CHECK(QFileInfo::exists(copy));
    CHECK(runCli(db, {QStringLiteral("backup")}).exitCode == 2);

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const auto run = runCli(text, {QStringLiteral("info")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a Rapport database")));
}

TEST_CASE("rapport-cli speaks the language of LANG, and LANGUAGE's first choice wins", "[cli]")
{
    const auto german =
        test::runCliWithEnv({}, {QStringLiteral("--help")},
                            {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8")});
    CHECK(german.exitCode == 0);
    CHECK(german.out.contains(QStringLiteral("Befehle:")));
    CHECK(german.out.contains(QStringLiteral("eine leere Datenbank anlegen")));
    const auto usage =
        test::runCliWithEnv({}, {QStringLiteral("frobnicate")}, {QStringLiteral("LC_ALL=de_DE.UTF-8")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("frobnicate")));
    CHECK_FALSE(usage.err.contains(QStringLiteral("unknown command")));

    // English first in LANGUAGE: English, although German has a catalogue.
    const auto english =
        test::runCliWithEnv({}, {QStringLiteral("--help")},
                            {QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en:de")});
    CHECK(english.out.contains(QStringLiteral("Commands:")));
}
