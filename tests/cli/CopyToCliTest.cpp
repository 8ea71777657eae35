#include "CliTestSupport.h"
#include "TestSupport.h"
#include "services/ChurnReasonService.h"
#include "storage/Sql.h"

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
        // A churned customer comes back and leaves again: the earlier churn (past_churns) goes
        // along too.
        const QString first =
            QStringLiteral(" WHERE id = (SELECT min(id) FROM customers WHERE churned_at IS NOT NULL)");
        REQUIRE_OK(core::sql::execText(
            db->connection(),
            QStringLiteral("UPDATE customers SET returned_at = churned_at + 86400") + first));
        REQUIRE_OK(core::sql::execText(db->connection(),
                                       QStringLiteral("UPDATE customers SET churned_at = returned_at + 86400,"
                                                      " churn_reason = 'service', returned_at = NULL") +
                                           first));
        auto past = core::sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM past_churns"));
        REQUIRE_OK(past);
        REQUIRE(past->toLongLong() == 1);
    }
    const char* pastChurn = "SELECT c.external_id || ' ' || p.churned_at || ' ' || p.returned_at"
                            " FROM past_churns p JOIN customers c ON c.id = p.customer_id";
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
    QString filePastChurn;
    {
        auto db = test::openOrFail(file);
        auto text = core::sql::scalar(db->connection(), QString::fromLatin1(pastChurn));
        REQUIRE_OK(text);
        filePastChurn = text->toString();
    }
    CHECK(test::serverScalar(server, pastChurn) == filePastChurn);
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
        auto text = core::sql::scalar(db->connection(), QString::fromLatin1(pastChurn));
        REQUIRE_OK(text);
        CHECK(text->toString() == filePastChurn);
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
