#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace rapport::core {

enum class RepRole { Rep, Manager };
enum class InteractionKind { Call, Email, Meeting, Purchase, Complaint, Support, FollowUp, Note };
enum class SurveyKind { Csat, Nps, Ces };

// The words used in the database and in CSV files (interchange.md).
QString toString(RepRole role);
QString toString(InteractionKind kind);
QString toString(SurveyKind kind);
std::optional<RepRole> repRoleFromString(const QString& text);
std::optional<InteractionKind> interactionKindFromString(const QString& text);
std::optional<SurveyKind> surveyKindFromString(const QString& text);
QStringList interactionKindNames();

struct ScoreRange
{
    int min;
    int max;
};
ScoreRange scoreRange(SurveyKind kind);

} // namespace rapport::core
