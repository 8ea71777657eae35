#include "reflection/ActionPlanTracker.h"

#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "metrics/PlanTargetMetric.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace rapport::core {
namespace {

bool lowerIsBetter(const QString& direction)
{
    return direction == QLatin1String("<=");
}

bool reaches(const QString& direction, double target, double value)
{
    return lowerIsBetter(direction) ? value <= target : value >= target;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) < 10 ? 2 : 1); // the user's number format
}

} // namespace

QString toString(PlanProgressStatus status)
{
    switch (status) {
    case PlanProgressStatus::NotStarted:
        return QStringLiteral("not_started");
    case PlanProgressStatus::OnTrack:
        return QStringLiteral("on_track");
    case PlanProgressStatus::Behind:
        return QStringLiteral("behind");
    case PlanProgressStatus::Achieved:
        return QStringLiteral("achieved");
    case PlanProgressStatus::NotAchieved:
        return QStringLiteral("not_achieved");
    case PlanProgressStatus::Abandoned:
        break;
    }
    return QStringLiteral("abandoned");
}

QString toString(CheckInState state)
{
    switch (state) {
    case CheckInState::None:
        return QStringLiteral("none");
    case CheckInState::NotYet:
        return QStringLiteral("not_yet");
    case CheckInState::Due:
        return QStringLiteral("due");
    case CheckInState::Overdue:
        break;
    }
    return QStringLiteral("overdue");
}

QString toString(PlanVerdict verdict)
{
    switch (verdict) {
    case PlanVerdict::Worked:
        return QStringLiteral("worked");
    case PlanVerdict::DidNotMove:
        return QStringLiteral("did not move the metric");
    case PlanVerdict::WrongWay:
        return QStringLiteral("moved the wrong way");
    case PlanVerdict::TooLittleData:
        break;
    }
    return QStringLiteral("too little data");
}

std::optional<double> ActionPlanTracker::progressPercent(const QString& direction, double baseline,
                                                         double target, double current)
{
    const double distance = target - baseline;
    // Nothing left to gain (baseline already at or past the target): all or nothing.
    if (distance == 0 || reaches(direction, target, baseline))
        return reaches(direction, target, current) ? 100.0 : 0.0;
    return std::clamp((current - baseline) / distance * 100.0, 0.0, 100.0);
}

QString ActionPlanTracker::sampleKey(const QString& metric)
{
    if (metric == QLatin1String("csat") || metric == QLatin1String("csat_mean"))
        return QStringLiteral("responses.csat");
    if (metric == QLatin1String("nps"))
        return QStringLiteral("responses.nps");
    if (metric == QLatin1String("ces"))
        return QStringLiteral("responses.ces");
    if (metric == QLatin1String("follow_up_rate"))
        return QStringLiteral("purchases"); // its denominator (not a contract key)
    if (metric == QLatin1String("retention_rate") || metric == QLatin1String("churn_rate"))
        return QStringLiteral("customers_start");
    if (metric == QLatin1String("resolution_hours_median"))
        return QStringLiteral("complaints");
    return {};
}

PlanVerdict ActionPlanTracker::verdictFor(const QString& direction, double target,
                                          std::optional<double> before, std::optional<double> during,
                                          std::optional<qint64> beforeSample,
                                          std::optional<qint64> duringSample)
{
    if (!before || !during)
        return PlanVerdict::TooLittleData;
    if ((beforeSample && *beforeSample < kMinSample) || (duringSample && *duringSample < kMinSample))
        return PlanVerdict::TooLittleData;
    const double gain = lowerIsBetter(direction) ? *before - *during : *during - *before;
    // Measured against how far the plan meant to move the metric; a target already met
    // before the start leaves no distance, so one unit of the metric is the yardstick.
    const double distance = std::abs(target - *before);
    const double meaningful = distance > 0 ? kMeaningfulShare * distance : 1.0;
    if (gain >= meaningful)
        return PlanVerdict::Worked;
    if (gain <= -meaningful)
        return PlanVerdict::WrongWay;
    return PlanVerdict::DidNotMove;
}

Result<ActionPlanTracker::Measured> ActionPlanTracker::measure(const ActionPlan& plan,
                                                               const Period& period) const
{
    if (PlanTargetMetric::isKey(plan.metric)) {
        auto v = PlanTargetMetric::measure(m_engine.database(), plan.metric, period, plan.scope);
        if (!v)
            return v.error();
        Measured m;
        m.value = v->value;
        m.sample = v->sample;
        return m;
    }
    const QString sample = sampleKey(plan.metric);
    unsigned parts = MetricsEngine::partsFor(plan.metric);
    if (sample == QLatin1String("purchases"))
        parts |= MetricsEngine::Revenue; // purchases are counted by the revenue part
    else if (!sample.isEmpty())
        parts |= MetricsEngine::partsFor(sample);
    auto result = m_engine.compute(period, plan.scope, parts);
    if (!result)
        return result.error();
    Measured m;
    m.value = result->value(plan.metric);
    if (sample == QLatin1String("purchases"))
        m.sample = result->purchases;
    else if (!sample.isEmpty())
        m.sample = static_cast<qint64>(result->value(sample).value_or(0));
    return m;
}

QDateTime ActionPlanTracker::closedAt(const ActionPlan& plan,
                                      const std::vector<ActionPlanRevision>& revisions)
{
    QDateTime at;
    if (plan.status != QLatin1String("done") && plan.status != QLatin1String("abandoned"))
        return at;
    for (const auto& r : revisions) {
        if (r.field == QLatin1String("status") && r.newValue == plan.status && r.at.isValid() &&
            (!at.isValid() || r.at >= at))
            at = r.at.toUTC();
    }
    return at;
}

bool ActionPlanTracker::isBehind(std::optional<double> progressPercent, double expectedPercent)
{
    // In whole percents, as every screen and the report show them (rounded half up), so a plan
    // is never behind beside an equal figure.
    const auto whole = [](double percent) { return static_cast<int>(percent + 0.5); };
    const int expected = whole(expectedPercent);
    if (expected <= 0)
        return false; // nothing is expected yet (the plan's first day): nothing can lag
    return !progressPercent || whole(*progressPercent) < expected;
}

Result<ActionPlanProgress> ActionPlanTracker::track(const ActionPlan& plan,
                                                    const std::vector<ActionPlanCheckIn>& checkIns,
                                                    const std::vector<ActionPlanRevision>& revisions) const
{
    const QString name = plan.title.isEmpty() ? QStringLiteral("#%1").arg(plan.id) : plan.title;
    if (!MetricsEngine::isScalarKey(plan.metric) && !PlanTargetMetric::isKey(plan.metric))
        return Error::make(
            QCoreApplication::translate("ActionPlanTracker",
                                        "Action plan '%1' names '%2', which is not a metric with one value.")
                .arg(name, plan.metric));
    if (!plan.target || !std::isfinite(*plan.target))
        return Error::make(
            QCoreApplication::translate("ActionPlanTracker", "Action plan '%1' has no numeric target.")
                .arg(name));
    if (plan.direction != QLatin1String(">=") && plan.direction != QLatin1String("<="))
        return Error::make(QCoreApplication::translate("ActionPlanTracker",
                                                       "Action plan '%1' has direction '%2'; use >= or <=.")
                               .arg(name, plan.direction));
    auto whole = Period::range(plan.startAt, plan.deadlineAt);
    if (!whole)
        return Error::make(
            QCoreApplication::translate("ActionPlanTracker",
                                        "Action plan '%1' needs a start and a deadline after it: %2")
                .arg(name, whole.error().message));

    ActionPlanProgress p;
    p.plan = plan;
    const double target = *plan.target;
    const bool done = plan.status == QLatin1String("done");
    const bool abandoned = plan.status == QLatin1String("abandoned");
    p.closedAt = closedAt(plan, revisions);
    // A closed plan is judged as of its closing; without a recorded closing, as of now.
    qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    if (p.closedAt.isValid())
        now = std::min(now, p.closedAt.toSecsSinceEpoch());
    const qint64 start = whole->startSeconds();
    const qint64 end = whole->endSeconds();

    if (plan.baseline) {
        p.baseline = plan.baseline;
        p.baselineFromPlan = true;
    } else {
        auto b = measure(plan, whole->previous()); // same length, ending at the start
        if (!b)
            return b.error();
        p.baseline = b->value;
    }

    const qint64 until = std::clamp(now, start, end);
    p.measuredUntil = QDateTime::fromSecsSinceEpoch(until, Qt::UTC);
    if (now <= start) { // nothing has elapsed yet: nothing to judge
        p.status = abandoned ? PlanProgressStatus::Abandoned
                             : (done ? PlanProgressStatus::NotAchieved : PlanProgressStatus::NotStarted);
        return p;
    }
    // Done means the owner ended it: over as if the deadline had come.
    const bool finished = now >= end || done;
    p.elapsedFraction = static_cast<double>(until - start) / static_cast<double>(end - start);
    // The expectation grows a whole day at a time: nothing is expected on the plan's first day,
    // so a plan created today is never behind before it could have moved anything.
    constexpr qint64 kDay = 86400;
    const qint64 wholeDays = until >= end ? end - start : (until - start) / kDay * kDay;
    p.expectedPercent = 100.0 * static_cast<double>(wholeDays) / static_cast<double>(end - start);
    auto elapsed = Period::range(whole->start(), p.measuredUntil);
    if (!elapsed)
        return elapsed.error();
    auto c = measure(plan, *elapsed);
    if (!c)
        return c.error();
    p.current = c->value;
    p.currentSample = c->sample;
    if (p.current && p.baseline)
        p.progressPercent = progressPercent(plan.direction, *p.baseline, target, *p.current);

    for (const auto& ci : checkIns) {
        if (ci.at.isValid() && ci.at.toSecsSinceEpoch() <= now &&
            (!p.lastCheckInAt.isValid() || ci.at > p.lastCheckInAt))
            p.lastCheckInAt = ci.at;
    }

    if (abandoned) { // given up: figures kept for the record, nothing is due and nothing judged
        p.status = PlanProgressStatus::Abandoned;
        return p;
    }
    if (p.current && reaches(plan.direction, target, *p.current))
        p.status = PlanProgressStatus::Achieved;
    else if (finished)
        p.status = PlanProgressStatus::NotAchieved;
    else if (isBehind(p.progressPercent, p.expectedPercent))
        p.status = PlanProgressStatus::Behind;
    else
        p.status = PlanProgressStatus::OnTrack;

    if (!finished) {
        const int every = std::max(1, plan.checkInEveryDays);
        const QDateTime from = p.lastCheckInAt.isValid() ? p.lastCheckInAt.toUTC() : whole->start();
        p.nextCheckInAt = from.addDays(every);
        const qint64 next = p.nextCheckInAt.toSecsSinceEpoch();
        if (now < next)
            p.checkIn = CheckInState::NotYet;
        else if (now <= next + qint64{kCheckInGraceDays} * 86400)
            p.checkIn = CheckInState::Due;
        else
            p.checkIn = CheckInState::Overdue;
        return p;
    }

    // Over: [start, until) against the same length just before the start (the whole plan
    // period when it ran to its deadline, a shorter one when it was marked done early).
    PlanBeforeAfter ba;
    ba.during = *elapsed;
    ba.before = elapsed->previous();
    auto b = measure(plan, ba.before);
    if (!b)
        return b.error();
    ba.beforeValue = b->value;
    ba.beforeSample = b->sample;
    ba.duringValue = p.current;
    ba.duringSample = p.currentSample;
    if (ba.beforeValue && ba.duringValue)
        ba.change = *ba.duringValue - *ba.beforeValue;
    ba.verdict =
        verdictFor(plan.direction, target, ba.beforeValue, ba.duringValue, ba.beforeSample, ba.duringSample);
    switch (ba.verdict) {
    case PlanVerdict::TooLittleData:
        // Two counts in one sentence have no single plural form: each gets its own label.
        ba.explanation = tr("There is too little data to judge. Records before the start: %1; during the "
                            "plan: %2; at least %3 are needed on each side.")
                             .arg(ba.beforeSample.value_or(ba.beforeValue ? 1 : 0))
                             .arg(ba.duringSample.value_or(ba.duringValue ? 1 : 0))
                             .arg(kMinSample);
        break;
    case PlanVerdict::Worked: {
        const QString change = (*ba.change >= 0 ? QStringLiteral("+") : QString()) + number(*ba.change);
        ba.explanation = reaches(plan.direction, target, *ba.duringValue)
                             ? tr("It worked: %1 moved from %2 to %3 (%4), reaching the target.")
                                   .arg(plan.metric, number(*ba.beforeValue), number(*ba.duringValue), change)
                             : tr("It worked: %1 moved from %2 to %3 (%4), though short of the target %5.")
                                   .arg(plan.metric, number(*ba.beforeValue), number(*ba.duringValue), change,
                                        number(target));
        break;
    }
    case PlanVerdict::DidNotMove:
        ba.explanation = tr("It did not move the metric: %1 was %2 before and %3 during the plan.")
                             .arg(plan.metric, number(*ba.beforeValue), number(*ba.duringValue));
        break;
    case PlanVerdict::WrongWay:
        ba.explanation = tr("The metric moved the wrong way: %1 went from %2 to %3.")
                             .arg(plan.metric, number(*ba.beforeValue), number(*ba.duringValue));
        break;
    }
    p.beforeAfter = ba;
    return p;
}

} // namespace rapport::core
