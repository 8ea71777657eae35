#include "metrics/GoalTracking.h"

#include <algorithm>

namespace rapport::core {

QDateTime nextCheckInDue(const KpiGoal& goal, const std::optional<QDateTime>& lastCheckIn)
{
    QDateTime from = lastCheckIn ? *lastCheckIn
                                 : (goal.createdAt.isValid() ? std::max(goal.createdAt, goal.periodStart)
                                                             : goal.periodStart);
    return from.addDays(std::max(1, goal.checkInEveryDays));
}

bool isCheckInOverdue(const KpiGoal& goal, const std::optional<QDateTime>& lastCheckIn, const QDateTime& now)
{
    if (now < goal.periodStart || now >= goal.periodEnd)
        return false;
    return now > nextCheckInDue(goal, lastCheckIn);
}

std::optional<double> goalProgressPercent(const KpiGoal& goal, std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    const bool atLeast = goal.direction != QLatin1String("<=");
    double share = 0;
    if (goal.baseline && *goal.baseline != goal.target) {
        share = (*value - *goal.baseline) / (goal.target - *goal.baseline);
    } else if (atLeast) {
        if (goal.target <= 0)
            return *value >= goal.target ? std::optional<double>(100.0) : std::nullopt;
        share = *value / goal.target;
    } else {
        if (*value <= goal.target)
            share = 1;
        else if (*value > 0 && goal.target > 0)
            share = goal.target / *value;
        else
            return std::nullopt;
    }
    return std::clamp(100 * share, 0.0, 100.0);
}

} // namespace rapport::core
