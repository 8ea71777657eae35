#include "CliTestSupport.h"
#include "TestSupport.h"
#include "services/ChurnReasonService.h"

#include <QFile>
#include <QFileInfo>

// copy-to between a file and the team server (team.md, "Moving a book"), through the real
// rapport-cli: the same records on both sides give the same exports and the same figures,
// byte for byte. Runs against the test server only ([server]: see tests/CMakeLists.txt).
namespace {

using namespace rapport;
using test::runCli;

} // namespace

TEST_CASE("copy-to moves a book to the server and back with every export and figure unchanged", "[.][server]")
{
    QTemporaryDir dir;
    const QString file = test::demoBook(dir, "300", "7");
    const QString server = test::newServerDatabase();
    // The team's list of churn reasons goes along, in place of the target's common ones.
    {
        auto db = test::openOrFail(file);
        core::ChurnReasonService reasons(*db);
        REQUIRE_OK(reasons.add(QStringLiteral("Moved abroad")));
        REQUIRE_OK(reasons.remove(QStringLiteral("no_longer_needed")));
    }
    const char* listed = "SELECT string_agg(key, ' ' ORDER BY key) FROM churn_reasons";

    const auto there = runCli(file, {QStringLiteral("copy-to"), server});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(test::serverScalar(server, listed) ==
          QStringLiteral("competitor moved_abroad price product_quality service"));
    const QStringList fromFile = test::bookAsText(file, dir);
    const QStringList fromServer = test::bookAsText(server, dir);
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
    CHECK(test::bookAsText(back, dir) == fromFile);
    {
        auto db = test::openOrFail(back);
        auto reasons = core::ChurnReasonService(*db).choices();
        REQUIRE_OK(reasons);
        CHECK(reasons->contains(QStringLiteral("moved_abroad")));
        CHECK_FALSE(reasons->contains(QStringLiteral("no_longer_needed")));
    }

    // A server's backup is a Rapport file with the same records.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const auto backedUp = runCli(server, {QStringLiteral("backup"), backup});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(test::bookAsText(backup, dir) == fromFile);
}

TEST_CASE("copy-to refuses a target that holds records and leaves both sides unchanged", "[.][server]")
{
    QTemporaryDir dir;
    const QString file = test::demoBook(dir, "50", "3");
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
