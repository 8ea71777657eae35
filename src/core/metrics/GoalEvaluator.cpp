#include "metrics/GoalEvaluator.h"

#include "common/Clock.h"
#include "metrics/MetricsEngine.h"

#include <QCoreApplication>
#include <cmath>

namespace rapport::core {
namespace {

constexpr double kAtRiskBand = 0.10; // "within 10% of the target"

bool reaches(const QString& direction, double target, double value)
{
    return direction == QLatin1String("<=") ? value <= target : value >= target;
}

} // namespace

QString toString(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Met:
        return QStringLiteral("met");
    case GoalStatus::Missed:
        return QStringLiteral("missed");
    case GoalStatus::AtRisk:
        return QStringLiteral("at_risk");
    case GoalStatus::OffTrack:
        return QStringLiteral("off_track");
    case GoalStatus::NotStarted:
        return QStringLiteral("not_started");
    case GoalStatus::OnTrack:
        break;
    }
    return QStringLiteral("on_track");
}

GoalStatus GoalEvaluator::statusFor(const QString& direction, double target, std::optional<double> value,
                                    bool finished)
{
    if (finished)
        return value && reaches(direction, target, *value) ? GoalStatus::Met : GoalStatus::Missed;
    if (!value)
        return GoalStatus::OffTrack;
    if (reaches(direction, target, *value))
        return GoalStatus::OnTrack;
    const double band = kAtRiskBand * std::abs(target);
    const double edge = direction == QLatin1String("<=") ? target + band : target - band;
    return reaches(direction, edge, *value) ? GoalStatus::AtRisk : GoalStatus::OffTrack;
}

Result<GoalProgress> GoalEvaluator::evaluate(const KpiGoal& goal) const
{
    if (!MetricsEngine::isScalarKey(goal.metric))
        return Error::make(QCoreApplication::translate(
                               "GoalEvaluator", "Goal '%1' names '%2', which is not a metric with one value.")
                               .arg(goal.name, goal.metric));
    if (goal.direction != QLatin1String(">=") && goal.direction != QLatin1String("<="))
        return Error::make(
            QCoreApplication::translate("GoalEvaluator", "Goal '%1' has direction '%2'; use >= or <=.")
                .arg(goal.name, goal.direction));
    auto whole = Period::range(goal.periodStart, goal.periodEnd);
    if (!whole)
        return whole.error();

    GoalProgress p;
    p.goal = goal;
    p.period = *whole;
    const qint64 now = m_engine.clock().nowUtc().toSecsSinceEpoch();
    const qint64 start = whole->startSeconds();
    const qint64 end = whole->endSeconds();
    if (now <= start) { // nothing has elapsed: no value, and nothing to judge yet
        p.status = GoalStatus::NotStarted;
        return p;
    }
    p.finished = now >= end;
    const qint64 until = p.finished ? end : now;
    p.elapsedFraction = static_cast<double>(until - start) / static_cast<double>(end - start);
    auto elapsed = Period::range(goal.periodStart, QDateTime::fromSecsSinceEpoch(until, Qt::UTC));
    if (!elapsed)
        return elapsed.error();
    auto result = m_engine.compute(*elapsed, goal.scope, MetricsEngine::partsFor(goal.metric));
    if (!result)
        return result.error();
    p.current = result->value(goal.metric);
    if (p.current)
        p.projected = MetricsEngine::isAdditiveKey(goal.metric) ? *p.current / p.elapsedFraction : *p.current;
    p.status = statusFor(goal.direction, goal.target, p.finished ? p.current : p.projected, p.finished);
    return p;
}

} // namespace rapport::core
