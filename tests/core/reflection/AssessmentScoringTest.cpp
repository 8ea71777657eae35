#include "TestSupport.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/AssessmentScorer.h"

using namespace rapport;
using core::AssessmentProfile;
using core::AssessmentScorer;
using core::Questionnaire;

namespace {

Questionnaire mini()
{
    const QByteArray json = R"({
      "id": "mini", "version": 1, "title": "Mini",
      "scale": {"min": 1, "max": 5, "labels": ["a", "b", "c", "d", "e"]},
      "dimensions": [
        {"id": "alpha", "name": "Alpha", "high": "alpha high", "low": "alpha low", "strategies": ["practise alpha"]},
        {"id": "beta", "name": "Beta", "high": "beta high", "low": "beta low", "strategies": ["practise beta", "more beta"]},
        {"id": "gamma", "name": "Gamma", "high": "gamma high", "low": "gamma low", "strategies": ["practise gamma"]}
      ],
      "items": [
        {"id": "a1", "dimension": "alpha", "text": "t"},
        {"id": "a2", "dimension": "alpha", "text": "t", "reverse": true},
        {"id": "a3", "dimension": "alpha", "text": "t"},
        {"id": "b1", "dimension": "beta", "text": "t"},
        {"id": "b2", "dimension": "beta", "text": "t", "reverse": true},
        {"id": "g1", "dimension": "gamma", "text": "t"},
        {"id": "g2", "dimension": "gamma", "text": "t"}
      ]
    })";
    auto q = Questionnaire::fromJson(json, QStringLiteral("mini"));
    REQUIRE_OK(q);
    return *q;
}

QMap<QString, int> answers(std::initializer_list<std::pair<const char*, int>> values)
{
    QMap<QString, int> map;
    for (const auto& [id, v] : values)
        map.insert(QString::fromLatin1(id), v);
    return map;
}

core::Assessment assessment(const Questionnaire& q, QMap<QString, int> values, const char* at)
{
    core::Assessment a;
    a.repId = QStringLiteral("r1");
    a.instrumentId = q.id();
    a.instrumentVersion = q.version();
    a.takenAt = test::utc(at);
    a.answers = std::move(values);
    return a;
}

} // namespace

TEST_CASE("scores reverse reverse-keyed items and map the 1..5 mean linearly to 0..100", "[reflection]")
{
    const Questionnaire q = mini();
    // alpha: 5, (6-2)=4, 4 -> mean 13/3 -> (13/3 - 1) / 4 * 100 = 83.33
    // beta: 1, (6-5)=1 -> mean 1 -> 0
    // gamma: 3, 4 -> mean 3.5 -> 62.5
    auto scores = AssessmentScorer(q).score(
        answers({{"a1", 5}, {"a2", 2}, {"a3", 4}, {"b1", 1}, {"b2", 5}, {"g1", 3}, {"g2", 4}}));
    REQUIRE_OK(scores);
    CHECK(scores->value(QStringLiteral("alpha")) == Approx(250.0 / 3.0));
    CHECK(scores->value(QStringLiteral("beta")) == Approx(0.0));
    CHECK(scores->value(QStringLiteral("gamma")) == Approx(62.5));
}

TEST_CASE("the scale ends and the midpoint map to 0, 50 and 100", "[reflection]")
{
    CHECK(AssessmentScorer::toPercent(1.0) == Approx(0.0));
    CHECK(AssessmentScorer::toPercent(3.0) == Approx(50.0));
    CHECK(AssessmentScorer::toPercent(5.0) == Approx(100.0));
}

TEST_CASE("incomplete, unknown or out-of-scale answers are refused", "[reflection]")
{
    const Questionnaire q = mini();
    const AssessmentScorer scorer(q);
    auto missing = scorer.score(answers({{"a1", 5}, {"a2", 2}, {"a3", 4}, {"b1", 1}, {"b2", 5}, {"g1", 3}}));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("1 of 7 items are not answered: g2"));
    auto unknown = scorer.score(
        answers({{"a1", 5}, {"a2", 2}, {"a3", 4}, {"b1", 1}, {"b2", 5}, {"g1", 3}, {"g2", 3}, {"zz", 3}}));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("'zz' does not belong")));
    auto outside =
        scorer.score(answers({{"a1", 6}, {"a2", 2}, {"a3", 4}, {"b1", 1}, {"b2", 5}, {"g1", 3}, {"g2", 3}}));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("is 6, outside the scale 1..5")));
}

TEST_CASE("straight-lining is flagged for identical answers, all-neutral included, and only then",
          "[reflection]")
{
    CHECK(AssessmentScorer::isStraightLined(answers({{"a1", 3}, {"a2", 3}, {"a3", 3}})));
    CHECK(AssessmentScorer::isStraightLined(answers({{"a1", 5}, {"a2", 5}})));
    CHECK_FALSE(AssessmentScorer::isStraightLined(answers({{"a1", 5}, {"a2", 5}, {"a3", 4}})));
    CHECK_FALSE(AssessmentScorer::isStraightLined(answers({{"a1", 5}})));
    CHECK_FALSE(AssessmentScorer::isStraightLined({}));
}

TEST_CASE("a straight-lined built-in questionnaire scores 55 everywhere when all answers are 4",
          "[reflection]")
{
    auto q = Questionnaire::crmStyle();
    REQUIRE_OK(q);
    QMap<QString, int> all4;
    for (const auto& item : q->items())
        all4.insert(item.id, 4);
    // Each dimension has 3 positive and 2 reverse-keyed items: (3*4 + 2*2) / 5 = 3.2 -> 55.
    auto profile = AssessmentProfile::build(*q, assessment(*q, all4, "2026-09-01T10:00:00Z"));
    REQUIRE_OK(profile);
    CHECK(profile->straightLined());
    for (const auto& d : profile->dimensions())
        CHECK(d.score == Approx(55.0));
    CHECK(profile->strengths().isEmpty());
    CHECK(profile->weaknesses().isEmpty());
}

TEST_CASE("the profile names strengths and weaknesses with strategies for each weak dimension",
          "[reflection]")
{
    const Questionnaire q = mini();
    auto profile = AssessmentProfile::build(
        q,
        assessment(q, answers({{"a1", 5}, {"a2", 2}, {"a3", 4}, {"b1", 1}, {"b2", 5}, {"g1", 3}, {"g2", 4}}),
                   "2026-09-01T10:00:00Z"));
    REQUIRE_OK(profile);
    CHECK(profile->strengths() == QStringList{QStringLiteral("alpha")});
    CHECK(profile->weaknesses() == QStringList{QStringLiteral("beta")});
    CHECK_FALSE(profile->straightLined());
    CHECK_FALSE(profile->hasPrevious());
    const auto* beta = profile->dimension(QStringLiteral("beta"));
    REQUIRE(beta);
    CHECK(beta->strategies == QStringList{QStringLiteral("practise beta"), QStringLiteral("more beta")});
    CHECK(beta->meaning == QStringLiteral("beta low"));
    CHECK(profile->dimension(QStringLiteral("alpha"))->strategies.isEmpty());
    CHECK(profile->dimension(QStringLiteral("alpha"))->meaning == QStringLiteral("alpha high"));
    CHECK(profile->dimension(QStringLiteral("gamma"))->level == core::DimensionLevel::Middle);
    CHECK_FALSE(beta->change.has_value());
}

TEST_CASE("the thresholds put 70 among strengths and 50 in the middle", "[reflection]")
{
    CHECK(AssessmentProfile::levelOf(70.0) == core::DimensionLevel::Strength);
    CHECK(AssessmentProfile::levelOf(69.9) == core::DimensionLevel::Middle);
    CHECK(AssessmentProfile::levelOf(50.0) == core::DimensionLevel::Middle);
    CHECK(AssessmentProfile::levelOf(49.9) == core::DimensionLevel::Weakness);
}

TEST_CASE("the profile shows the change per dimension since the previous assessment", "[reflection]")
{
    const Questionnaire q = mini();
    const auto before =
        assessment(q, answers({{"a1", 3}, {"a2", 3}, {"a3", 3}, {"b1", 1}, {"b2", 5}, {"g1", 3}, {"g2", 4}}),
                   "2026-06-01T10:00:00Z");
    const auto now =
        assessment(q, answers({{"a1", 5}, {"a2", 2}, {"a3", 4}, {"b1", 2}, {"b2", 4}, {"g1", 3}, {"g2", 4}}),
                   "2026-09-01T10:00:00Z");
    auto profile = AssessmentProfile::build(q, now, before);
    REQUIRE_OK(profile);
    CHECK(profile->hasPrevious());
    CHECK(profile->previousTakenAt() == test::utc("2026-06-01T10:00:00Z"));
    // alpha: 50 -> 83.33; beta: 0 -> (2 + 2) / 2 = 2 -> 25; gamma unchanged at 62.5.
    CHECK(*profile->dimension(QStringLiteral("alpha"))->change == Approx(250.0 / 3.0 - 50.0));
    CHECK(*profile->dimension(QStringLiteral("beta"))->previousScore == Approx(0.0));
    CHECK(*profile->dimension(QStringLiteral("beta"))->change == Approx(25.0));
    CHECK(*profile->dimension(QStringLiteral("gamma"))->change == Approx(0.0));
}

TEST_CASE("a profile refuses an assessment taken with another questionnaire", "[reflection]")
{
    const Questionnaire q = mini();
    auto a = assessment(q, answers({{"a1", 3}}), "2026-06-01T10:00:00Z");
    a.instrumentId = QStringLiteral("other");
    CHECK_FALSE(AssessmentProfile::build(q, a).ok());
}
