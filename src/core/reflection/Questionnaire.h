#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::core {

// One statement the respondent rates on the Likert scale.
struct QuestionnaireItem
{
    QString id;
    QString dimension; // id of the QuestionnaireDimension it measures
    QString text;
    bool reverse = false; // agreeing means a LOWER score on the dimension
};

// One thing the questionnaire measures, with what its ends mean and how to improve.
struct QuestionnaireDimension
{
    QString id;
    QString name;
    QString highMeaning;
    QString lowMeaning;
    QStringList strategies;
};

// A versioned questionnaire definition, loaded from JSON data (resources/questionnaire/).
// The loader is strict: unknown keys, wrong types, duplicate ids, dangling references,
// a scale other than 1..5 (the store keeps answers as 1..5) are errors naming where.
class Questionnaire
{
public:
    static constexpr int kScaleMin = 1;
    static constexpr int kScaleMax = 5;
    // Generous limits that keep a hostile file from making us allocate without bound.
    static constexpr int kMaxItems = 500;
    static constexpr int kMaxDimensions = 50;
    static constexpr int kMaxTextLength = 4000;

    // Parses and validates a definition; `source` names it in error messages.
    static Result<Questionnaire> fromJson(const QByteArray& json, const QString& source);
    static Result<Questionnaire> fromFile(const QString& path);
    // A questionnaire compiled into rapport_core (":/questionnaire/<id>-v<version>.json").
    static Result<Questionnaire> builtin(const QString& id, int version);
    // The current version of the personal CRM-style questionnaire, in the user's language
    // (Translations::language(); LocalizedQuestionnaire).
    static Result<Questionnaire> crmStyle();
    static inline const QString kCrmStyleId = QStringLiteral("crm-style");
    static constexpr int kCrmStyleVersion = 1;

    const QString& id() const { return m_id; }
    int version() const { return m_version; }
    const QString& title() const { return m_title; }
    const QString& instructions() const { return m_instructions; }
    // Labels of the scale points 1..5, in order.
    const QStringList& scaleLabels() const { return m_scaleLabels; }
    const std::vector<QuestionnaireDimension>& dimensions() const { return m_dimensions; }
    // In the order they are asked.
    const std::vector<QuestionnaireItem>& items() const { return m_items; }

    const QuestionnaireDimension* dimension(const QString& id) const;
    const QuestionnaireItem* item(const QString& id) const;
    std::vector<QuestionnaireItem> itemsOf(const QString& dimensionId) const;

private:
    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_instructions;
    QStringList m_scaleLabels;
    std::vector<QuestionnaireDimension> m_dimensions;
    std::vector<QuestionnaireItem> m_items;

    friend class QuestionnaireParser;
};

} // namespace rapport::core
