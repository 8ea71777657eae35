#include "goals/GoalConflictDialog.h"

#include "common/DateText.h"
#include "widgets/MetricFormat.h"

#include <QLocale>

namespace rapport::app {

GoalConflictDialog::GoalConflictDialog(const core::GoalConflict& conflict, const core::KpiGoal& mine,
                                       QWidget* parent)
    : FieldConflictDialog(tr("Goal Changed by Someone Else"),
                          tr("Someone else saved the goal <b>%1</b> while you were editing it, with other "
                             "values in the fields below. Nothing of yours has been saved yet.")
                              .arg(conflict.theirs.name.toHtmlEscaped()),
                          rows(conflict.fields, mine, conflict.theirs, &GoalConflictDialog::fieldLabel,
                               &GoalConflictDialog::fieldText),
                          parent),
      m_conflict(conflict), m_mine(mine)
{
    setObjectName(QStringLiteral("goalConflictDialog"));
}

core::KpiGoal GoalConflictDialog::resolved(const std::vector<core::GoalField>& edited) const
{
    return FieldConflictDialog::resolved(m_conflict.theirs, m_mine, m_conflict.fields, edited);
}

QString GoalConflictDialog::fieldLabel(core::GoalField field)
{
    switch (field) {
    case core::GoalField::Name:
        return tr("Name");
    case core::GoalField::Metric:
        return tr("Metric");
    case core::GoalField::Scope:
        return tr("Whose figures");
    case core::GoalField::PeriodStart:
        return tr("First day");
    case core::GoalField::PeriodEnd:
        return tr("Last day");
    case core::GoalField::Target:
        return tr("Target");
    case core::GoalField::Direction:
        return tr("Direction");
    case core::GoalField::Baseline:
        return tr("Baseline");
    case core::GoalField::CheckInEvery:
        break;
    }
    return tr("Check in every");
}

QString GoalConflictDialog::fieldText(const core::KpiGoal& goal, core::GoalField field)
{
    const QLocale locale;
    switch (field) {
    case core::GoalField::Name:
        return goal.name;
    case core::GoalField::Metric:
        return MetricFormat::title(goal.metric);
    case core::GoalField::Scope:
        return MetricFormat::scope(goal.scope);
    case core::GoalField::PeriodStart:
        return core::DateText::utcDay(goal.periodStart, locale);
    case core::GoalField::PeriodEnd: // stored as the instant after its last day
        return core::DateText::utcDay(goal.periodEnd.addSecs(-1), locale);
    case core::GoalField::Target:
        return MetricFormat::value(goal.metric, goal.target);
    case core::GoalField::Direction:
        return goal.direction == QLatin1String("<=") ? tr("at most (<=)") : tr("at least (>=)");
    case core::GoalField::Baseline:
        return goal.baseline ? MetricFormat::value(goal.metric, goal.baseline) : QString();
    case core::GoalField::CheckInEvery:
        break;
    }
    return tr("%n day(s)", nullptr, goal.checkInEveryDays);
}

} // namespace rapport::app
