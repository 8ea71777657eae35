#include "reflection/PlanText.h"

#include "common/DateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace rapport::app::planText {
namespace {

// lupdate files the tr() calls of this namespace under its full name.
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::app::planText", text);
}

} // namespace

QString status(core::PlanProgressStatus s)
{
    switch (s) {
    case core::PlanProgressStatus::NotStarted:
        return tr("not started");
    case core::PlanProgressStatus::OnTrack:
        return tr("on track");
    case core::PlanProgressStatus::Behind:
        return tr("behind");
    case core::PlanProgressStatus::Achieved:
        return tr("achieved");
    case core::PlanProgressStatus::NotAchieved:
        return tr("not achieved");
    case core::PlanProgressStatus::Abandoned:
        break;
    }
    return tr("abandoned");
}

QString checkIn(const core::ActionPlanProgress& p)
{
    const QString date = core::DateText::utcDay(p.nextCheckInAt);
    switch (p.checkIn) {
    case core::CheckInState::None:
        return {};
    case core::CheckInState::NotYet:
        return tr("next on %1").arg(date);
    case core::CheckInState::Due:
        return tr("due since %1").arg(date);
    case core::CheckInState::Overdue:
        break;
    }
    return tr("overdue since %1").arg(date);
}

QString verdict(const core::ActionPlanProgress& p)
{
    if (!p.beforeAfter)
        return {};
    switch (p.beforeAfter->verdict) {
    case core::PlanVerdict::Worked:
        return tr("worked");
    case core::PlanVerdict::DidNotMove:
        return tr("did not move the metric");
    case core::PlanVerdict::WrongWay:
        return tr("moved the wrong way");
    case core::PlanVerdict::TooLittleData:
        break;
    }
    return tr("too little data");
}

QString planStatus(const QString& status)
{
    if (status == QLatin1String("done"))
        return tr("completed");
    if (status == QLatin1String("abandoned"))
        return tr("abandoned");
    if (status == QLatin1String("active"))
        return tr("active");
    return status;
}

QString field(const QString& f)
{
    static const QList<QPair<const char*, const char*>> names{
        {"title", QT_TRANSLATE_NOOP("PlanText", "title")},
        {"action", QT_TRANSLATE_NOOP("PlanText", "action")},
        {"owner_rep", QT_TRANSLATE_NOOP("PlanText", "owner")},
        {"resources", QT_TRANSLATE_NOOP("PlanText", "resources")},
        {"metric", QT_TRANSLATE_NOOP("PlanText", "metric")},
        {"scope", QT_TRANSLATE_NOOP("PlanText", "scope")},
        {"target", QT_TRANSLATE_NOOP("PlanText", "target")},
        {"direction", QT_TRANSLATE_NOOP("PlanText", "direction")},
        {"baseline", QT_TRANSLATE_NOOP("PlanText", "baseline")},
        {"start_at", QT_TRANSLATE_NOOP("PlanText", "start")},
        {"deadline_at", QT_TRANSLATE_NOOP("PlanText", "deadline")},
        {"check_in_every_days", QT_TRANSLATE_NOOP("PlanText", "check-in every (days)")},
        {"finding_ref", QT_TRANSLATE_NOOP("PlanText", "finding")},
        {"dimension", QT_TRANSLATE_NOOP("PlanText", "dimension")},
        {"status", QT_TRANSLATE_NOOP("PlanText", "status")},
    };
    for (const auto& [key, name] : names) {
        if (f == QLatin1String(key))
            return tr(name);
    }
    return f;
}

QString number(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("\u2013");
    return QLocale().toString(*value, 'f', std::abs(*value) < 10 ? 2 : 1);
}

} // namespace rapport::app::planText
