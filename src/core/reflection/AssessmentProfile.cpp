#include "reflection/AssessmentProfile.h"

#include "common/Translations.h"
#include "reflection/AssessmentScorer.h"
#include "reflection/LocalizedQuestionnaire.h"

#include <QCoreApplication>

namespace rapport::core {

QString toString(DimensionLevel level)
{
    switch (level) {
    case DimensionLevel::Strength:
        return QStringLiteral("strength");
    case DimensionLevel::Weakness:
        return QStringLiteral("weakness");
    case DimensionLevel::Middle:
        break;
    }
    return QStringLiteral("middle");
}

DimensionLevel AssessmentProfile::levelOf(double score)
{
    if (score >= kStrengthFrom)
        return DimensionLevel::Strength;
    if (score < kWeaknessBelow)
        return DimensionLevel::Weakness;
    return DimensionLevel::Middle;
}

Result<AssessmentProfile> AssessmentProfile::build(const Questionnaire& questionnaire,
                                                   const Assessment& current,
                                                   const std::optional<Assessment>& previous)
{
    if (current.instrumentId != questionnaire.id() || current.instrumentVersion != questionnaire.version())
        return Error::make(
            QCoreApplication::translate("AssessmentProfile",
                                        "The assessment was taken with %1 version %2, not %3 version %4")
                .arg(current.instrumentId)
                .arg(current.instrumentVersion)
                .arg(questionnaire.id())
                .arg(questionnaire.version()));
    auto scores = AssessmentScorer(questionnaire).score(current.answers);
    if (!scores)
        return scores.error();

    AssessmentProfile profile;
    // Recomputed rather than trusted from the stored flag, so the rule lives in one place.
    profile.m_straightLined = AssessmentScorer::isStraightLined(current.answers);

    QMap<QString, double> previousScores;
    if (previous) {
        profile.m_previousTakenAt = previous->takenAt;
        Result<QMap<QString, double>> earlier = Error{};
        if (previous->instrumentId == questionnaire.id() &&
            previous->instrumentVersion == questionnaire.version()) {
            earlier = AssessmentScorer(questionnaire).score(previous->answers);
        } else {
            // An older version of the instrument: score it with its own definition;
            // dimensions with the same id are then compared.
            auto older = LocalizedQuestionnaire::builtin(previous->instrumentId, previous->instrumentVersion,
                                                         Translations::language());
            if (older)
                earlier = AssessmentScorer(*older).score(previous->answers);
            else
                earlier = older.error();
        }
        if (earlier)
            previousScores = *earlier;
        else
            profile.m_previousNote =
                QCoreApplication::translate("AssessmentProfile",
                                            "The previous assessment could not be scored: %1")
                    .arg(earlier.error().message);
    }

    for (const QuestionnaireDimension& d : questionnaire.dimensions()) {
        DimensionProfile p;
        p.id = d.id;
        p.name = d.name;
        p.score = scores->value(d.id);
        p.level = levelOf(p.score);
        p.meaning = p.score >= 50.0 ? d.highMeaning : d.lowMeaning;
        if (p.level == DimensionLevel::Weakness)
            p.strategies = d.strategies;
        if (previousScores.contains(d.id)) {
            p.previousScore = previousScores.value(d.id);
            p.change = p.score - *p.previousScore;
        }
        profile.m_dimensions.push_back(std::move(p));
    }
    return profile;
}

const DimensionProfile* AssessmentProfile::dimension(const QString& id) const
{
    for (const DimensionProfile& d : m_dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QStringList AssessmentProfile::idsAt(DimensionLevel level) const
{
    QStringList ids;
    for (const DimensionProfile& d : m_dimensions) {
        if (d.level == level)
            ids << d.id;
    }
    return ids;
}

QStringList AssessmentProfile::strengths() const
{
    return idsAt(DimensionLevel::Strength);
}

QStringList AssessmentProfile::weaknesses() const
{
    return idsAt(DimensionLevel::Weakness);
}

} // namespace rapport::core
