#pragma once

#include "common/Result.h"
#include "domain/KpiGoal.h"
#include "metrics/Period.h"

#include <QString>
#include <optional>

namespace rapport::core {

class MetricsEngine;

enum class GoalStatus { Met, Missed, OnTrack, AtRisk, OffTrack, NotStarted };
// "met", "missed", "on_track", "at_risk", "off_track", "not_started"
QString toString(GoalStatus status);

// Where a KPI goal stands at the engine clock's "now" (metrics.md, "KPI goals").
struct GoalProgress
{
    KpiGoal goal;
    Period period;                   // the goal's whole period
    double elapsedFraction = 0;      // 0 before the start, 1 once over
    bool finished = false;           // now >= period end
    std::optional<double> current;   // the metric over [start, min(now, end)); money in currency units
    std::optional<double> projected; // at the period's end (additive: linear; ratios: current)
    GoalStatus status = GoalStatus::NotStarted;
};

// Evaluates goals against the engine's clock.
//  - finished: met when the value over the whole period reaches the target, else missed
//    (an empty value is missed);
//  - running: projection = current * length / elapsed for additive keys
//    (MetricsEngine::isAdditiveKey), current for ratios and stock counts; on_track when the
//    projection reaches the target; at_risk when it misses by at most 10% of |target|
//    (direction >=: projected >= target - 0.1 |target|; direction <=: projected <=
//    target + 0.1 |target|); off_track otherwise, and also when the value is empty;
//  - not started (now <= start): nothing to judge yet, not_started with no value.
class GoalEvaluator
{
public:
    explicit GoalEvaluator(const MetricsEngine& engine) : m_engine(engine) {}

    Result<GoalProgress> evaluate(const KpiGoal& goal) const;

    // The rule above for a value already known (exposed for tests and what-if displays).
    static GoalStatus statusFor(const QString& direction, double target, std::optional<double> value,
                                bool finished);

private:
    const MetricsEngine& m_engine;
};

} // namespace rapport::core
