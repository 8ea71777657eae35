#include "CliTestSupport.h"
#include "TestSupport.h"
#include "storage/AssessmentRepository.h"
#include "storage/RepRepository.h"

using namespace rapport;
using test::runCli;

namespace {

// A database with one rep, r1, created through the real command and the core library.
QString databaseWithRep(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("assess.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).exitCode == 0);
    auto db = test::openOrFail(path);
    REQUIRE_OK(
        core::RepRepository(*db).insert({QStringLiteral("r1"), QStringLiteral("Rita"), core::RepRole::Rep}));
    return path;
}

std::vector<core::Assessment> assessmentsOf(const QString& path)
{
    auto db = test::openOrFail(path);
    auto list = core::AssessmentRepository(*db).listForRep(QStringLiteral("r1"));
    REQUIRE_OK(list);
    return *list;
}

// In the questionnaire's order (approach_1, listening_1, complaints_1, follow_up_1, approach_2, ...):
//   approach   5, 5, (R)1->5, 4, (R)2->4 -> mean 4.6 -> 90  (strength)
//   listening  4, (R)2->4, 4, (R)2->4, 4 -> mean 4.0 -> 75  (strength)
//   complaints 3, (R)3->3, 3, (R)3->3, 4 -> mean 3.2 -> 55  (middle)
//   follow_up  2, (R)4->2, 2, (R)5->1, 1 -> mean 1.6 -> 15  (weakness)
const QString kMixedAnswers = QStringLiteral("5,4,3,2,5,2,3,4,1,4,3,2,4,2,3,5,2,4,4,1");

} // namespace

TEST_CASE("assess --answers saves the assessment and prints strengths, weaknesses and strategies",
          "[cli][reflection]")
{
    QTemporaryDir dir;
    const QString db = databaseWithRep(dir);
    const auto run = runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1"),
                                 QStringLiteral("--answers"), kMixedAnswers});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Approach to customers        90  strength  first")));
    CHECK(run.out.contains(QStringLiteral("Listening                    75  strength  first")));
    CHECK(run.out.contains(QStringLiteral("Handling complaints          55  middle    first")));
    CHECK(run.out.contains(QStringLiteral("Following up                 15  weakness  first")));
    CHECK(run.out.contains(QStringLiteral("Create a follow-up task due within 14 days for every purchase")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Prepare three open questions"))); // listening is a strength
    CHECK_FALSE(run.out.contains(QStringLiteral("Warning")));

    const auto stored = assessmentsOf(db);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].answers.size() == 20);
    CHECK(stored[0].answers.value(QStringLiteral("follow_up_4")) == 5);
    CHECK(stored[0].instrumentId == QStringLiteral("crm-style"));
    CHECK_FALSE(stored[0].straightLined);
}

TEST_CASE("assess on the terminal re-asks invalid answers, flags straight-lining and shows the change",
          "[cli][reflection]")
{
    QTemporaryDir dir;
    const QString db = databaseWithRep(dir);
    REQUIRE(runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1"),
                        QStringLiteral("--answers"), kMixedAnswers})
                .exitCode == 0);

    QByteArray input = "maybe\n7\n\n3\n"; // three invalid answers, then 3 for the first statement
    for (int i = 1; i < 20; ++i)
        input += "3\n";
    const auto run =
        runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1")}, input);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("[1/20] Before getting down to business")));
    CHECK(run.out.contains(QStringLiteral("[20/20]")));
    CHECK(run.out.count(QStringLiteral("Please answer with a whole number from 1 to 5.")) == 3);
    CHECK(run.out.contains(QStringLiteral("Warning: every answer was the same (3)")));
    // All neutral: 50 everywhere; change from 90, 75, 55 and 15.
    CHECK(run.out.contains(QStringLiteral("Approach to customers        50  middle    -40")));
    CHECK(run.out.contains(QStringLiteral("Listening                    50  middle    -25")));
    CHECK(run.out.contains(QStringLiteral("Handling complaints          50  middle    -5")));
    CHECK(run.out.contains(QStringLiteral("Following up                 50  middle    +35")));

    const auto stored = assessmentsOf(db);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].straightLined);
}

TEST_CASE("assess aborts without saving when the input ends before the last statement", "[cli][reflection]")
{
    QTemporaryDir dir;
    const QString db = databaseWithRep(dir);
    const auto run = runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1")},
                            "4\n4\n2\n5\n1\n");
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("input ended at statement 6 of 20")));
    CHECK(run.err.contains(QStringLiteral("nothing was saved")));
    CHECK(assessmentsOf(db).empty());
}

TEST_CASE("assess rejects malformed --answers with exit 3 and an unknown rep with exit 1",
          "[cli][reflection]")
{
    QTemporaryDir dir;
    const QString db = databaseWithRep(dir);
    auto run = runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1"),
                           QStringLiteral("--answers"), QStringLiteral("1,2,3")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("expected 20 answers")));

    QString outOfScale = kMixedAnswers;
    outOfScale.replace(0, 1, QStringLiteral("6"));
    run = runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("r1"),
                      QStringLiteral("--answers"), outOfScale});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("answer 1 ('6') is not a whole number from 1 to 5")));

    run = runCli(db, {QStringLiteral("assess"), QStringLiteral("--rep"), QStringLiteral("ghost"),
                      QStringLiteral("--answers"), kMixedAnswers});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no rep with id 'ghost'")));

    CHECK(runCli(db, {QStringLiteral("assess")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("assess"), QStringLiteral("--help")}).exitCode == 0);
    CHECK(assessmentsOf(db).empty());
}
