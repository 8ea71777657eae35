#include "reflection/AssessmentScorer.h"

#include <QCoreApplication>

namespace rapport::core {

Status AssessmentScorer::validate(const QMap<QString, int>& answers) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!m_questionnaire.item(it.key()))
            return Error::make(
                QCoreApplication::translate(
                    "AssessmentScorer", "The answer to '%1' does not belong to questionnaire %2 version %3")
                    .arg(it.key().left(80), m_questionnaire.id())
                    .arg(m_questionnaire.version()));
        if (it.value() < Questionnaire::kScaleMin || it.value() > Questionnaire::kScaleMax)
            return Error::make(QCoreApplication::translate(
                                   "AssessmentScorer", "The answer to '%1' is %2, outside the scale %3..%4")
                                   .arg(it.key())
                                   .arg(it.value())
                                   .arg(Questionnaire::kScaleMin)
                                   .arg(Questionnaire::kScaleMax));
    }
    QStringList missing;
    for (const QuestionnaireItem& item : m_questionnaire.items()) {
        if (!answers.contains(item.id))
            missing << item.id;
    }
    if (!missing.isEmpty())
        return Error::make(
            QCoreApplication::translate("AssessmentScorer", "%1 of %2 items are not answered: %3")
                .arg(missing.size())
                .arg(m_questionnaire.items().size())
                .arg(missing.join(QStringLiteral(", "))));
    return {};
}

Result<QMap<QString, double>> AssessmentScorer::score(const QMap<QString, int>& answers) const
{
    if (Status s = validate(answers); !s)
        return s.error();
    QMap<QString, double> scores;
    for (const QuestionnaireDimension& d : m_questionnaire.dimensions()) {
        int sum = 0;
        int count = 0;
        for (const QuestionnaireItem& item : m_questionnaire.itemsOf(d.id)) {
            sum += keyed(item, answers.value(item.id));
            ++count;
        }
        // The loader guarantees at least one item per dimension.
        scores.insert(d.id, toPercent(static_cast<double>(sum) / count));
    }
    return scores;
}

int AssessmentScorer::keyed(const QuestionnaireItem& item, int answer)
{
    return item.reverse ? Questionnaire::kScaleMin + Questionnaire::kScaleMax - answer : answer;
}

double AssessmentScorer::toPercent(double mean)
{
    return (mean - Questionnaire::kScaleMin) / (Questionnaire::kScaleMax - Questionnaire::kScaleMin) * 100.0;
}

bool AssessmentScorer::isStraightLined(const QMap<QString, int>& answers)
{
    if (answers.size() < 2)
        return false;
    const int first = answers.first();
    for (int v : answers) {
        if (v != first)
            return false;
    }
    return true;
}

} // namespace rapport::core
