#include "domain/Kinds.h"

#include <array>
#include <utility>

namespace rapport::core {
namespace {

constexpr std::array<std::pair<InteractionKind, const char*>, 8> kInteractionKinds{{
    {InteractionKind::Call, "call"},
    {InteractionKind::Email, "email"},
    {InteractionKind::Meeting, "meeting"},
    {InteractionKind::Purchase, "purchase"},
    {InteractionKind::Complaint, "complaint"},
    {InteractionKind::Support, "support"},
    {InteractionKind::FollowUp, "follow_up"},
    {InteractionKind::Note, "note"},
}};

constexpr std::array<std::pair<SurveyKind, const char*>, 3> kSurveyKinds{{
    {SurveyKind::Csat, "csat"},
    {SurveyKind::Nps, "nps"},
    {SurveyKind::Ces, "ces"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text)
{
    const QString key = text.trimmed().toLower();
    for (const auto& [e, name] : table)
        if (key == QLatin1String(name))
            return e;
    return std::nullopt;
}

} // namespace

QString toString(RepRole role)
{
    return role == RepRole::Manager ? QStringLiteral("manager") : QStringLiteral("rep");
}

QString toString(InteractionKind kind)
{
    return nameOf(kInteractionKinds, kind);
}

QString toString(SurveyKind kind)
{
    return nameOf(kSurveyKinds, kind);
}

std::optional<RepRole> repRoleFromString(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("rep"))
        return RepRole::Rep;
    if (key == QLatin1String("manager"))
        return RepRole::Manager;
    return std::nullopt;
}

std::optional<InteractionKind> interactionKindFromString(const QString& text)
{
    return valueOf(kInteractionKinds, text);
}

std::optional<SurveyKind> surveyKindFromString(const QString& text)
{
    return valueOf(kSurveyKinds, text);
}

QStringList interactionKindNames()
{
    QStringList names;
    for (const auto& entry : kInteractionKinds)
        names << QString::fromLatin1(entry.second);
    return names;
}

ScoreRange scoreRange(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return {1, 5};
    case SurveyKind::Nps:
        return {0, 10};
    case SurveyKind::Ces:
        return {1, 7};
    }
    return {0, 0};
}

} // namespace rapport::core
