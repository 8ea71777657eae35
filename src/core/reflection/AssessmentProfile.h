#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"
#include "reflection/Questionnaire.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

enum class DimensionLevel { Strength, Middle, Weakness };
QString toString(DimensionLevel level); // "strength", "middle", "weakness"

// One dimension of a profile: its score, what it means and, for a weakness, what to do.
struct DimensionProfile
{
    QString id;
    QString name;
    double score = 0; // 0..100 (AssessmentScorer)
    DimensionLevel level = DimensionLevel::Middle;
    QString meaning;        // the questionnaire's description of the end the score leans to
    QStringList strategies; // filled for weaknesses only
    std::optional<double> previousScore;
    std::optional<double> change; // score - previousScore
};

// The reading of one assessment: strengths, weaknesses with improvement strategies,
// change since the rep's previous assessment and a straight-lining flag.
class AssessmentProfile
{
public:
    // A dimension is a strength from 70 up and a weakness below 50: 50 is the neutral
    // midpoint of the scale, so a weakness leans to the low end on average, and 70
    // needs most answers at "agree" or better on the positive side.
    static constexpr double kStrengthFrom = 70.0;
    static constexpr double kWeaknessBelow = 50.0;

    // `previous` is the rep's assessment before `current`, if any. It is compared when
    // it was taken with the same questionnaire or a built-in one with the same dimensions.
    static Result<AssessmentProfile> build(const Questionnaire& questionnaire, const Assessment& current,
                                           const std::optional<Assessment>& previous = std::nullopt);
    static DimensionLevel levelOf(double score);

    const std::vector<DimensionProfile>& dimensions() const { return m_dimensions; }
    const DimensionProfile* dimension(const QString& id) const;
    QStringList strengths() const;  // dimension ids
    QStringList weaknesses() const; // dimension ids
    bool straightLined() const { return m_straightLined; }
    bool hasPrevious() const { return m_previousTakenAt.isValid(); }
    const QDateTime& previousTakenAt() const { return m_previousTakenAt; }
    // Why a previous assessment exists but could not be compared (empty otherwise).
    const QString& previousNote() const { return m_previousNote; }

private:
    QStringList idsAt(DimensionLevel level) const;

    std::vector<DimensionProfile> m_dimensions;
    bool m_straightLined = false;
    QDateTime m_previousTakenAt;
    QString m_previousNote;
};

} // namespace rapport::core
