#pragma once

#include "common/Result.h"
#include "reflection/Questionnaire.h"

#include <QMap>
#include <QString>

namespace rapport::core {

// Scores answers to a questionnaire, one score from 0 to 100 per dimension:
//   1. a reverse-keyed item's answer v counts as 6 - v (agreeing lowers the score);
//   2. the dimension's raw score is the mean of its items' (reversed) values, 1..5;
//   3. the mean is mapped linearly to 0..100: score = (mean - 1) / 4 * 100,
//      so 1 -> 0, 3 (neutral) -> 50 and 5 -> 100.
// Every item must be answered exactly once with a value on the scale.
class AssessmentScorer
{
public:
    explicit AssessmentScorer(const Questionnaire& questionnaire) : m_questionnaire(questionnaire) {}

    // Every item answered, no unknown item, every value within 1..5.
    Status validate(const QMap<QString, int>& answers) const;
    // Dimension id -> score 0..100.
    Result<QMap<QString, double>> score(const QMap<QString, int>& answers) const;
    // The value an answer counts with after reverse keying.
    static int keyed(const QuestionnaireItem& item, int answer);
    // Maps a mean on the 1..5 scale to 0..100.
    static double toPercent(double mean);
    // Straight-lining: every answer the same value (all-neutral included), which says more
    // about attention than about style. Needs at least two answers.
    static bool isStraightLined(const QMap<QString, int>& answers);

private:
    const Questionnaire& m_questionnaire;
};

} // namespace rapport::core
