#pragma once

#include "common/Result.h"
#include "domain/ActionPlan.h"
#include "metrics/Period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

class Clock;
class MetricsEngine;

// Abandoned: the owner gave the plan up; it is never "behind" and has no check-ins due.
enum class PlanProgressStatus { NotStarted, OnTrack, Behind, Achieved, NotAchieved, Abandoned };
// "not_started", "on_track", "behind", "achieved", "not_achieved", "abandoned"
QString toString(PlanProgressStatus status);

enum class CheckInState {
    None,    // not running (not started yet or past the deadline)
    NotYet,  // the next check-in lies ahead
    Due,     // the next check-in date has come (within the grace days)
    Overdue, // more than the grace days past the check-in date
};
QString toString(CheckInState state); // "none", "not_yet", "due", "overdue"

enum class PlanVerdict { Worked, DidNotMove, WrongWay, TooLittleData };
QString toString(
    PlanVerdict verdict); // "worked", "did not move the metric", "moved the wrong way", "too little data"

// The metric over the same-length period before the start against [start, deadline).
struct PlanBeforeAfter
{
    Period before;
    Period during;
    std::optional<double> beforeValue;
    std::optional<double> duringValue;
    std::optional<double> change;       // during - before
    std::optional<qint64> beforeSample; // records behind the value, when the metric has a sample size
    std::optional<qint64> duringSample;
    PlanVerdict verdict = PlanVerdict::TooLittleData;
    QString explanation; // one plain sentence
};

struct ActionPlanProgress
{
    ActionPlan plan;
    double elapsedFraction = 0;     // 0 before the start, 1 at or past the deadline
    std::optional<double> baseline; // the plan's, or the metric before the start
    bool baselineFromPlan = false;
    std::optional<double> current; // the metric over [start, min(now, deadline))
    std::optional<qint64> currentSample;
    std::optional<double> progressPercent; // from baseline toward target, 0..100
    double expectedPercent = 0;            // linear by whole days: 100 * full days elapsed / length
    PlanProgressStatus status = PlanProgressStatus::NotStarted;

    QDateTime lastCheckInAt; // invalid when none yet
    QDateTime nextCheckInAt; // invalid when not running
    CheckInState checkIn = CheckInState::None;

    // When the owner marked the plan done or abandoned (the latest revision that set its
    // current status); invalid for an active plan or when no revision records it.
    QDateTime closedAt;
    // The moment the figures describe: min(now, deadline, closedAt).
    QDateTime measuredUntil;

    std::optional<PlanBeforeAfter> beforeAfter; // set once the plan is over (deadline passed or done)
};

// Tracks an action plan from the data (never from what was typed into check-ins):
//  - baseline: plan.baseline, else the metric over the same-length period just before start;
//  - current: the metric over [start, min(now, deadline));
//  - progress: (current - baseline) / (target - baseline) * 100, clamped to 0..100; when the
//    baseline already meets the target, 100 if current meets it, else 0;
//  - status: not_started until the start; achieved when current meets the target; after the
//    deadline not_achieved otherwise; while running behind when progress lags the linear
//    expectation 100 * (full days elapsed) / length (also when there is no value yet),
//    on_track otherwise; both compared in whole percents as shown, so on the plan's first
//    day, and whenever the expectation reads 0%, nothing is expected and it is not behind;
//  - check-ins: next = (last check-in at or before now, else start) + cadence days; due from
//    then for kCheckInGraceDays days, overdue after;
//  - at the end the before/after comparison (see verdictFor).
// The plan's status (active, done, abandoned) is respected; a closed plan is measured as of
// the moment it was closed (known from its revisions):
//  - done: frozen at the close; achieved or not_achieved against the target, no check-ins,
//    and the before/after comparison over [start, close) against the same length before;
//  - abandoned: frozen at the close; status "abandoned" (never behind), no check-ins, no
//    before/after verdict (a plan that was given up is not judged).
class ActionPlanTracker
{
    // Sentences shown to users: tr() in the context "ActionPlanTracker".
    Q_DECLARE_TR_FUNCTIONS(ActionPlanTracker)

public:
    // Fewer records than this behind either side of the comparison: "too little data".
    static constexpr qint64 kMinSample = 10;
    static constexpr int kCheckInGraceDays = 2;
    // A change counts when it covers at least this share of the planned distance |target - before|.
    static constexpr double kMeaningfulShare = 0.25;

    ActionPlanTracker(const MetricsEngine& engine, const Clock& clock) : m_engine(engine), m_clock(clock) {}

    // checkIns: the plan's check-ins (any order); revisions: its revision history (any order),
    // which tells when a done or abandoned plan was closed.
    Result<ActionPlanProgress> track(const ActionPlan& plan,
                                     const std::vector<ActionPlanCheckIn>& checkIns = {},
                                     const std::vector<ActionPlanRevision>& revisions = {}) const;
    // The latest revision setting the plan's current status, when the plan is done or abandoned.
    static QDateTime closedAt(const ActionPlan& plan, const std::vector<ActionPlanRevision>& revisions);

    static std::optional<double> progressPercent(const QString& direction, double baseline, double target,
                                                 double current);
    // The running plan's rule above: progress (empty: no value yet) against the expectation.
    static bool isBehind(std::optional<double> progressPercent, double expectedPercent);
    // The count key behind a metric's value ("responses.csat" for csat and csat_mean), or empty
    // when the metric has no sample-size guard.
    static QString sampleKey(const QString& metric);
    static PlanVerdict verdictFor(const QString& direction, double target, std::optional<double> before,
                                  std::optional<double> during, std::optional<qint64> beforeSample,
                                  std::optional<qint64> duringSample);

private:
    struct Measured
    {
        std::optional<double> value;
        std::optional<qint64> sample;
    };
    Result<Measured> measure(const ActionPlan& plan, const Period& period) const;

    const MetricsEngine& m_engine;
    const Clock& m_clock;
};

} // namespace rapport::core
