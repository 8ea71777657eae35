#include "services/ReflectionService.h"

#include "ServiceFixture.h"
#include "common/Clock.h"
#include "core/reflection/FindingsFixture.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/Questionnaire.h"
#include "services/AssessmentService.h"
#include "services/DatabaseAccess.h"

using namespace rapport;
using core::SelfViewVerdict;

namespace {

// The findings tests' "now": after the quarters they compare.
const core::Clock& fixedClock()
{
    static const core::FixedClock fixed{QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC)};
    return fixed;
}

// Every item answered 4: each dimension has 3 positive and 2 reverse-keyed items, so
// (3*4 + 2*2) / 5 = 3.2 on the 1..5 scale, 55 on 0..100 (as AssessmentScoringTest works out).
void assessAllFours(core::Database& db, const char* rep)
{
    auto q = core::Questionnaire::crmStyle();
    REQUIRE_OK(q);
    core::Assessment a;
    a.repId = QString::fromLatin1(rep);
    a.instrumentId = q->id();
    a.instrumentVersion = q->version();
    a.takenAt = test::utc("2026-09-01T10:00:00Z");
    for (const auto& item : q->items())
        a.answers.insert(item.id, 4);
    a.straightLined = true;
    REQUIRE_OK(core::AssessmentService(db).insert(a));
}

} // namespace

TEST_CASE("ReflectionService sets a rep's questionnaire beside a book too empty to measure",
          "[services][reflection]")
{
    test::ServiceFixture f;
    assessAllFours(*f.db, "r1");
    core::ReflectionService service(*f.db, fixedClock());
    const core::Period q3 = core::Period::quarter(2026, 3);

    const core::ReflectionPicture picture = service.picture(q3, core::Scope::all(), QStringLiteral("r1"));
    CHECK(picture.error.isEmpty());
    CHECK(picture.findings.empty());
    CHECK(picture.examples.empty());
    CHECK(picture.selfViewRep == QStringLiteral("r1"));
    CHECK(picture.selfViewProblem.isEmpty());
    QMap<QString, const core::DimensionSelfView*> byId;
    for (const auto& view : picture.selfView)
        byId.insert(view.dimension, &view);
    REQUIRE(byId.keys() == QStringList{QStringLiteral("approach"), QStringLiteral("complaints"),
                                       QStringLiteral("follow_up"), QStringLiteral("listening")});
    for (const auto* view : byId)
        CHECK(view->selfScore == Approx(55.0));
    // Approach has no measured counterpart; the others have no records to go by.
    CHECK(byId[QStringLiteral("approach")]->verdict == SelfViewVerdict::NotMeasured);
    CHECK(byId[QStringLiteral("approach")]->measures.empty());
    const core::DimensionSelfView& followUp = *byId[QStringLiteral("follow_up")];
    CHECK(followUp.verdict == SelfViewVerdict::TooLittleData);
    REQUIRE(followUp.measures.size() == 1);
    CHECK(followUp.measures[0].key == QStringLiteral("follow_up_rate"));
    CHECK(followUp.measures[0].sample == 0);
    CHECK(followUp.measures[0].note.startsWith(QStringLiteral("follow-up rate: too little data (0 records")));
    CHECK(byId[QStringLiteral("listening")]->measures.size() == 2);
    CHECK(byId[QStringLiteral("complaints")]->measures.size() == 2);
    CHECK_FALSE(byId[QStringLiteral("listening")]->evidencePercentile.has_value());

    // r2 has taken no questionnaire; without a rep nothing is compared and nothing is said.
    const auto none = service.picture(q3, core::Scope::all(), QStringLiteral("r2"));
    CHECK(none.selfView.empty());
    CHECK(none.selfViewProblem ==
          QStringLiteral("No questionnaire has been taken yet, so there is no self-view to compare."));
    const auto team = service.picture(q3, core::Scope::rep(QStringLiteral("r1")), QString());
    CHECK(team.selfView.empty());
    CHECK(team.selfViewProblem.isEmpty());
    CHECK(team.scope == core::Scope::rep(QStringLiteral("r1")));
    CHECK(team.period == q3);
}

TEST_CASE("ReflectionService says why a questionnaire this version does not know gives no self-view",
          "[services][reflection]")
{
    test::ServiceFixture f;
    core::Assessment a;
    a.repId = QStringLiteral("r1");
    a.instrumentId = QStringLiteral("from-the-future");
    a.instrumentVersion = 9;
    a.takenAt = test::utc("2026-09-01T10:00:00Z");
    a.answers.insert(QStringLiteral("q1"), 3);
    REQUIRE_OK(core::AssessmentService(*f.db).insert(a));
    const auto picture =
        core::ReflectionService(*f.db, fixedClock())
            .picture(core::Period::quarter(2026, 3), core::Scope::all(), QStringLiteral("r1"));
    CHECK(picture.error.isEmpty());
    CHECK(picture.selfView.empty());
    CHECK_FALSE(picture.selfViewProblem.isEmpty());
}

TEST_CASE("ReflectionService names the first customers behind each finding", "[services][reflection]")
{
    // The findings tests' planted world, copied into a real file.
    test::FindingsWorld world({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("findings.sqlite"));
    REQUIRE_OK(core::DatabaseAccess::backupTo(*world.db, path));
    auto db = test::openOrFail(path);
    const core::Period q3 = core::Period::quarter(2026, 3);

    core::MetricsEngine metrics(*db, fixedClock());
    auto direct = core::FindingsEngine(*db, metrics).find(q3, core::Scope::all());
    REQUIRE_OK(direct);
    const core::ReflectionPicture picture =
        core::ReflectionService(*db, fixedClock()).picture(q3, core::Scope::all(), {});
    CHECK(picture.error.isEmpty());
    REQUIRE(picture.findings.size() == direct->size());
    REQUIRE(picture.findings.size() >= 3); // delivery complaints, rep r2's CSAT, a theme
    REQUIRE(picture.examples.size() == picture.findings.size());

    for (std::size_t i = 0; i < picture.findings.size(); ++i) {
        const core::Finding& finding = picture.findings[i];
        CHECK(finding.title == direct->at(i).title);
        // Expected: the distinct names of the records' customers, in the records' id order,
        // at most kExamples.
        QStringList expected;
        for (const auto& records : finding.records) {
            const char* join =
                records.table == QLatin1String("interactions")
                    ? "SELECT c.name FROM interactions r JOIN customers c ON c.id = r.customer_id"
                : records.table == QLatin1String("survey_responses")
                    ? "SELECT c.name FROM survey_responses r JOIN customers c ON c.id = "
                      "r.customer_id"
                    : "SELECT c.name FROM customers c JOIN customers r ON r.id = c.id";
            for (qint64 id : records.ids) {
                if (expected.size() >= core::ReflectionService::kExamples)
                    break;
                QSqlQuery q(db->connection());
                q.prepare(QString::fromLatin1(join) + QStringLiteral(" WHERE r.id = ?"));
                q.addBindValue(id);
                REQUIRE(q.exec());
                if (q.next() && !expected.contains(q.value(0).toString()))
                    expected << q.value(0).toString();
            }
        }
        INFO(finding.title.toStdString());
        CHECK(picture.examples[i] == expected);
        if (finding.records.front().total >= core::ReflectionService::kExamples &&
            finding.kind == core::FindingKind::ComplaintCategoryChange)
            CHECK(picture.examples[i].size() == core::ReflectionService::kExamples);
    }
}
