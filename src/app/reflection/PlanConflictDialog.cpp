#include "reflection/PlanConflictDialog.h"

#include "common/DateText.h"
#include "reflection/PlanText.h"
#include "widgets/MetricFormat.h"

#include <QLocale>

namespace rapport::app {

PlanConflictDialog::PlanConflictDialog(const core::PlanConflict& conflict, const core::ActionPlan& mine,
                                       QWidget* parent)
    : FieldConflictDialog(tr("Action Plan Changed by Someone Else"),
                          tr("Someone else saved the action plan <b>%1</b> while you were changing it, with "
                             "other values in the fields below. Nothing of yours has been saved yet.")
                              .arg(conflict.theirs.title.toHtmlEscaped()),
                          rows(conflict.fields, mine, conflict.theirs, &PlanConflictDialog::fieldLabel,
                               &PlanConflictDialog::fieldText),
                          parent),
      m_conflict(conflict), m_mine(mine)
{
    setObjectName(QStringLiteral("planConflictDialog"));
}

core::ActionPlan PlanConflictDialog::resolved(const std::vector<core::PlanField>& edited) const
{
    return FieldConflictDialog::resolved(m_conflict.theirs, m_mine, m_conflict.fields, edited);
}

QString PlanConflictDialog::fieldLabel(core::PlanField field)
{
    switch (field) {
    case core::PlanField::Title:
        return tr("Title");
    case core::PlanField::Action:
        return tr("Action");
    case core::PlanField::OwnerRep:
        return tr("Owner");
    case core::PlanField::Resources:
        return tr("Resources");
    case core::PlanField::Metric:
        return tr("Metric");
    case core::PlanField::Scope:
        return tr("Whose figures");
    case core::PlanField::Target:
        return tr("Target");
    case core::PlanField::Direction:
        return tr("Direction");
    case core::PlanField::Baseline:
        return tr("Baseline");
    case core::PlanField::StartAt:
        return tr("Start");
    case core::PlanField::DeadlineAt:
        return tr("Deadline");
    case core::PlanField::CheckInEvery:
        return tr("Check in every");
    case core::PlanField::FindingRef:
        return tr("Finding");
    case core::PlanField::Dimension:
        return tr("Dimension");
    case core::PlanField::Status:
        break;
    }
    return tr("Status");
}

QString PlanConflictDialog::fieldText(const core::ActionPlan& plan, core::PlanField field)
{
    const QLocale locale;
    switch (field) {
    case core::PlanField::Title:
        return plan.title;
    case core::PlanField::Action:
        return plan.action;
    case core::PlanField::OwnerRep:
        return plan.ownerRep;
    case core::PlanField::Resources:
        return plan.resources;
    case core::PlanField::Metric:
        return plan.metric.isEmpty() ? QString() : MetricFormat::title(plan.metric);
    case core::PlanField::Scope:
        return MetricFormat::scope(plan.scope);
    case core::PlanField::Target:
        return plan.target ? planText::number(plan.target) : QString();
    case core::PlanField::Direction:
        return plan.direction == QLatin1String("<=") ? tr("at most (<=)") : tr("at least (>=)");
    case core::PlanField::Baseline:
        return plan.baseline ? planText::number(plan.baseline) : QString();
    case core::PlanField::StartAt:
        return core::DateText::utcDay(plan.startAt, locale);
    case core::PlanField::DeadlineAt:
        return core::DateText::utcDay(plan.deadlineAt, locale);
    case core::PlanField::CheckInEvery:
        return tr("%n day(s)", nullptr, plan.checkInEveryDays);
    case core::PlanField::FindingRef:
        return plan.findingRef;
    case core::PlanField::Dimension:
        return plan.dimension;
    case core::PlanField::Status:
        break;
    }
    return planText::planStatus(plan.status);
}

} // namespace rapport::app
