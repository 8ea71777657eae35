#pragma once

#include "domain/KpiGoal.h"

#include <QDateTime>
#include <optional>

namespace rapport::core {

// When a goal's next check-in is due: checkInEveryDays after the last check-in, or after
// the later of its creation and its period's start when it has none yet.
QDateTime nextCheckInDue(const KpiGoal& goal, const std::optional<QDateTime>& lastCheckIn);

// A running goal whose check-in is due and not done. A goal whose period is over, or has
// not begun, needs no check-in.
bool isCheckInOverdue(const KpiGoal& goal, const std::optional<QDateTime>& lastCheckIn, const QDateTime& now);

// How far a value has come towards the target, 0..100, for a progress bar:
// with a baseline, the share of the way from baseline to target; without one, value /
// target for ">=" (target > 0) and target / value for "<=" (100 once at or under the
// target). Empty when there is no value or no way to measure (target 0 without baseline).
std::optional<double> goalProgressPercent(const KpiGoal& goal, std::optional<double> value);

} // namespace rapport::core
