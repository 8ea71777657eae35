#include "reflection/SelfViewComparison.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "storage/ComplaintFollowUpStore.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

using namespace rapport;
using core::SelfViewComparison;
using core::SelfViewVerdict;
using test::utc;

namespace {

struct Team
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    core::FixedClock clock{utc("2026-11-01T00:00:00Z")};
    int customers = 0;

    void rep(const char* id, core::RepRole role = core::RepRole::Rep)
    {
        REQUIRE_OK(core::RepRepository(*db).insert({QString::fromLatin1(id), QString::fromLatin1(id), role}));
    }

    qint64 customer(const char* owner)
    {
        core::Customer c;
        c.externalId = QStringLiteral("C-%1").arg(++customers);
        c.name = c.externalId;
        c.owner = QString::fromLatin1(owner);
        c.acquiredAt = utc("2026-01-01T00:00:00Z");
        REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        return c.id;
    }

    void interaction(qint64 customerId, core::InteractionKind kind, const QDateTime& at,
                     const QDateTime& resolvedAt = {})
    {
        core::Interaction i;
        i.customerId = customerId;
        i.kind = kind;
        i.occurredAt = at;
        if (kind == core::InteractionKind::Purchase)
            i.amountCents = 10000;
        i.resolvedAt = resolvedAt;
        REQUIRE_OK(core::InteractionRepository(*db).insert(i));
    }

    // `purchases` customers of `owner`, each buying once in Q3 2026; the first `followed`
    // of them get a follow-up two days later (inside the 14-day window).
    void purchases(const char* owner, int purchases, int followed)
    {
        for (int i = 0; i < purchases; ++i) {
            const qint64 c = customer(owner);
            const QDateTime at = utc("2026-07-01T10:00:00Z").addDays(i * 3);
            interaction(c, core::InteractionKind::Purchase, at);
            if (i < followed)
                interaction(c, core::InteractionKind::FollowUp, at.addDays(2));
        }
    }

    void csat(qint64 customerId, int score, const QDateTime& at)
    {
        core::SurveyResponse r;
        r.customerId = customerId;
        r.survey = core::SurveyKind::Csat;
        r.score = score;
        r.respondedAt = at;
        REQUIRE_OK(core::SurveyRepository(*db).insert(r));
    }
};

// A profile whose follow-up score is 90 (rated high) or 15 (rated low); other dimensions 75.
core::AssessmentProfile profileRatingFollowUp(bool high)
{
    auto q = core::Questionnaire::crmStyle();
    REQUIRE_OK(q);
    core::Assessment a;
    a.repId = QStringLiteral("r1");
    a.instrumentId = q->id();
    a.instrumentVersion = q->version();
    a.takenAt = utc("2026-10-01T00:00:00Z");
    for (const auto& item : q->items())
        a.answers.insert(item.id, item.reverse ? 2 : 4);
    // follow_up_1..5 (2 and 4 reverse-keyed): high 5,1,5,2,4 -> 4.6 -> 90; low 2,4,2,5,1 -> 1.6 -> 15.
    const QList<int> values = high ? QList<int>{5, 1, 5, 2, 4} : QList<int>{2, 4, 2, 5, 1};
    for (int i = 0; i < 5; ++i)
        a.answers.insert(QStringLiteral("follow_up_%1").arg(i + 1), values.at(i));
    auto profile = core::AssessmentProfile::build(*q, a);
    REQUIRE_OK(profile);
    REQUIRE(profile->dimension(QStringLiteral("follow_up"))->score == Approx(high ? 90.0 : 15.0));
    return *profile;
}

const core::DimensionSelfView& viewOf(const std::vector<core::DimensionSelfView>& views,
                                      const char* dimension)
{
    for (const auto& v : views) {
        if (v.dimension == QLatin1String(dimension))
            return v;
    }
    FAIL("no view of " << dimension);
    return views.front();
}

// r1 follows up 2 of 20 purchases (10%), r2 15 (75%), r3 12 (60%), r4 18 (90%); r5 has only 4
// purchases; the manager m1 owns customers too but is not part of the team.
void fourRepsAndAThinOne(Team& t)
{
    t.rep("r1");
    t.rep("r2");
    t.rep("r3");
    t.rep("r4");
    t.rep("r5");
    t.rep("m1", core::RepRole::Manager);
    t.purchases("r1", 20, 2);
    t.purchases("r2", 20, 15);
    t.purchases("r3", 20, 12);
    t.purchases("r4", 20, 18);
    t.purchases("r5", 4, 0);
    t.purchases("m1", 20, 0);
}

} // namespace

TEST_CASE("percentile rank counts the reps done worse than and half of the ties",
          "[engines][reflection][selfview]")
{
    CHECK(SelfViewComparison::percentileRank(10.0, {10.0, 75.0, 60.0, 90.0}, true) == Approx(12.5));
    CHECK(SelfViewComparison::percentileRank(90.0, {10.0, 75.0, 60.0, 90.0}, true) == Approx(87.5));
    // Lower is better (resolution hours): 10 is the best of four.
    CHECK(SelfViewComparison::percentileRank(10.0, {10.0, 75.0, 60.0, 90.0}, false) == Approx(87.5));
    CHECK(SelfViewComparison::percentileRank(5.0, {5.0, 5.0, 5.0}, true) == Approx(50.0));
}

TEST_CASE("the verdict thresholds: blind spot from 70 below percentile 40, hidden strength below 50 from 60",
          "[reflection][selfview]")
{
    CHECK(SelfViewComparison::verdictFor(70.0, 39.9) == SelfViewVerdict::BlindSpot);
    CHECK(SelfViewComparison::verdictFor(90.0, 40.0) == SelfViewVerdict::InLine);
    CHECK(SelfViewComparison::verdictFor(49.9, 60.0) == SelfViewVerdict::HiddenStrength);
    CHECK(SelfViewComparison::verdictFor(49.9, 59.9) == SelfViewVerdict::InLine);
    // A middle self-rating (50 to 69) against the team's outer quarters (issue 20: listening
    // rated 50 against percentile 6 read "in line").
    CHECK(SelfViewComparison::verdictFor(50.0, 6.0) == SelfViewVerdict::BlindSpot);
    CHECK(SelfViewComparison::verdictFor(69.9, 24.9) == SelfViewVerdict::BlindSpot);
    CHECK(SelfViewComparison::verdictFor(60.0, 25.0) == SelfViewVerdict::InLine);
    CHECK(SelfViewComparison::verdictFor(60.0, 74.9) == SelfViewVerdict::InLine);
    CHECK(SelfViewComparison::verdictFor(50.0, 75.0) == SelfViewVerdict::HiddenStrength);
    CHECK(SelfViewComparison::verdictFor(69.9, 95.0) == SelfViewVerdict::HiddenStrength);
    CHECK(SelfViewComparison::verdictFor(70.0, 95.0) == SelfViewVerdict::InLine);
    CHECK(SelfViewComparison::verdictFor(49.9, 10.0) == SelfViewVerdict::InLine);
    CHECK(SelfViewComparison::verdictFor(90.0, std::nullopt) == SelfViewVerdict::TooLittleData);
}

TEST_CASE("a blind spot is raised when a rep rates their follow-up high but follows up rarely",
          "[reflection][selfview]")
{
    Team t;
    fourRepsAndAThinOne(t);
    auto views =
        SelfViewComparison(*t.db, t.clock)
            .compare(QStringLiteral("r1"), profileRatingFollowUp(true), core::Period::quarter(2026, 3));
    REQUIRE_OK(views);
    const auto& followUp = viewOf(*views, "follow_up");
    REQUIRE(followUp.measures.size() == 1);
    CHECK(followUp.measures[0].key == QStringLiteral("follow_up_rate"));
    CHECK(*followUp.measures[0].value == Approx(10.0));
    CHECK(followUp.measures[0].sample == 20);
    CHECK(followUp.measures[0].comparedReps == 4); // r5 too thin, m1 not in the team
    CHECK(*followUp.evidencePercentile == Approx(12.5));
    CHECK(followUp.verdict == SelfViewVerdict::BlindSpot);
    CHECK(followUp.explanation.contains(QStringLiteral("You rate yourself 90 on following up")));
    CHECK(followUp.explanation.contains(QStringLiteral("percentile 13 of the team")));

    // No surveys or complaints in the fixture, and nothing measures the approach.
    CHECK(viewOf(*views, "listening").verdict == SelfViewVerdict::TooLittleData);
    CHECK(
        viewOf(*views, "listening").explanation.contains(QStringLiteral("CSAT: too little data (0 records")));
    CHECK(viewOf(*views, "complaints").verdict == SelfViewVerdict::TooLittleData);
    CHECK(viewOf(*views, "approach").verdict == SelfViewVerdict::NotMeasured);
}

TEST_CASE("a hidden strength is raised when a rep rates their follow-up low but follows up most often",
          "[reflection][selfview]")
{
    Team t;
    fourRepsAndAThinOne(t);
    auto views =
        SelfViewComparison(*t.db, t.clock)
            .compare(QStringLiteral("r4"), profileRatingFollowUp(false), core::Period::quarter(2026, 3));
    REQUIRE_OK(views);
    const auto& followUp = viewOf(*views, "follow_up");
    CHECK(*followUp.evidencePercentile == Approx(87.5));
    CHECK(followUp.verdict == SelfViewVerdict::HiddenStrength);

    // The same rep rating themselves high is simply in line with the data.
    views = SelfViewComparison(*t.db, t.clock)
                .compare(QStringLiteral("r4"), profileRatingFollowUp(true), core::Period::quarter(2026, 3));
    CHECK(viewOf(*views, "follow_up").verdict == SelfViewVerdict::InLine);
}

TEST_CASE("too little data is said instead of a verdict for a rep with few records or a small team",
          "[reflection][selfview]")
{
    Team t;
    fourRepsAndAThinOne(t);
    auto views =
        SelfViewComparison(*t.db, t.clock)
            .compare(QStringLiteral("r5"), profileRatingFollowUp(true), core::Period::quarter(2026, 3));
    REQUIRE_OK(views);
    const auto& thin = viewOf(*views, "follow_up");
    CHECK(thin.verdict == SelfViewVerdict::TooLittleData);
    CHECK_FALSE(thin.evidencePercentile.has_value());
    CHECK(
        thin.explanation.contains(QStringLiteral("follow-up rate: too little data (4 records in the period, "
                                                 "at least 10 needed)")));

    Team small;
    small.rep("r1");
    small.rep("r2");
    small.purchases("r1", 20, 2);
    small.purchases("r2", 20, 15);
    views = SelfViewComparison(*small.db, small.clock)
                .compare(QStringLiteral("r1"), profileRatingFollowUp(true), core::Period::quarter(2026, 3));
    REQUIRE_OK(views);
    CHECK(viewOf(*views, "follow_up").verdict == SelfViewVerdict::TooLittleData);
    CHECK(viewOf(*views, "follow_up").explanation.contains(QStringLiteral("only 2 reps have enough data")));
}

TEST_CASE("CSAT after complaints counts responses within 30 days after a complaint of the same customer",
          "[reflection][selfview][storage]")
{
    Team t;
    t.rep("r1");
    t.rep("r2");
    const qint64 a = t.customer("r1");
    const qint64 b = t.customer("r1");
    const qint64 c = t.customer("r2");
    t.interaction(a, core::InteractionKind::Complaint, utc("2026-07-10T09:00:00Z"),
                  utc("2026-07-11T09:00:00Z"));
    t.csat(a, 5, utc("2026-07-12T09:00:00Z")); // 2 days after: counts, satisfied
    t.csat(a, 2, utc("2026-08-08T09:00:00Z")); // 29 days after: counts, not satisfied
    t.csat(a, 1, utc("2026-08-20T09:00:00Z")); // 41 days after: not after a complaint
    t.csat(a, 1, utc("2026-07-09T09:00:00Z")); // before the complaint
    t.csat(b, 5, utc("2026-07-12T09:00:00Z")); // b never complained
    t.interaction(c, core::InteractionKind::Complaint, utc("2026-09-20T09:00:00Z"));
    t.csat(c, 4, utc("2026-10-02T09:00:00Z")); // after the period

    const auto q3 = core::Period::quarter(2026, 3);
    auto counts = core::ComplaintFollowUpStore(*t.db).csatAfterComplaintsByOwner(
        q3.start().toSecsSinceEpoch(), q3.end().toSecsSinceEpoch(), 30 * 86400);
    REQUIRE_OK(counts);
    REQUIRE(counts->size() == 1);
    CHECK(counts->at(QStringLiteral("r1")).total == 2);
    CHECK(counts->at(QStringLiteral("r1")).satisfied == 1);
}
