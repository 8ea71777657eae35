#include "domain/GoalChanges.h"

namespace rapport::core {

bool sameField(const KpiGoal& a, const KpiGoal& b, GoalField field)
{
    switch (field) {
    case GoalField::Name:
        return a.name == b.name;
    case GoalField::Metric:
        return a.metric == b.metric;
    case GoalField::Scope:
        return a.scope == b.scope;
    case GoalField::PeriodStart:
        return a.periodStart == b.periodStart;
    case GoalField::PeriodEnd:
        return a.periodEnd == b.periodEnd;
    case GoalField::Target:
        return a.target == b.target;
    case GoalField::Direction:
        return a.direction == b.direction;
    case GoalField::Baseline:
        return a.baseline == b.baseline;
    case GoalField::CheckInEvery:
        break;
    }
    return a.checkInEveryDays == b.checkInEveryDays;
}

std::vector<GoalField> changedFields(const KpiGoal& a, const KpiGoal& b)
{
    std::vector<GoalField> changed;
    for (GoalField f :
         {GoalField::Name, GoalField::Metric, GoalField::Scope, GoalField::PeriodStart, GoalField::PeriodEnd,
          GoalField::Target, GoalField::Direction, GoalField::Baseline, GoalField::CheckInEvery}) {
        if (!sameField(a, b, f))
            changed.push_back(f);
    }
    return changed;
}

void copyField(GoalField field, const KpiGoal& from, KpiGoal& to)
{
    switch (field) {
    case GoalField::Name:
        to.name = from.name;
        return;
    case GoalField::Metric:
        to.metric = from.metric;
        return;
    case GoalField::Scope:
        to.scope = from.scope;
        return;
    case GoalField::PeriodStart:
        to.periodStart = from.periodStart;
        return;
    case GoalField::PeriodEnd:
        to.periodEnd = from.periodEnd;
        return;
    case GoalField::Target:
        to.target = from.target;
        return;
    case GoalField::Direction:
        to.direction = from.direction;
        return;
    case GoalField::Baseline:
        to.baseline = from.baseline;
        return;
    case GoalField::CheckInEvery:
        to.checkInEveryDays = from.checkInEveryDays;
        return;
    }
}

} // namespace rapport::core
