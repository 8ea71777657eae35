#pragma once

#include "domain/ActionPlan.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

enum class SmartCriterion { Specific, Measurable, Achievable, Relevant, TimeBound };
QString toString(SmartCriterion criterion); // "Specific", ..., "Time-bound"

enum class SmartStatus {
    Met,
    Warning,    // acceptable but worth a second look (e.g. a target beyond the best ever reached)
    Missing,    // the criterion is not satisfied
    NotChecked, // cannot be judged until another criterion is fixed (e.g. no target yet)
};
QString toString(SmartStatus status); // "met", "warning", "missing", "not checked"

struct SmartCriterionResult
{
    SmartCriterion criterion = SmartCriterion::Specific;
    SmartStatus status = SmartStatus::Met;
    QStringList problems; // what is missing or doubtful, one sentence each
};

struct SmartCheckResult
{
    std::vector<SmartCriterionResult> criteria; // in S, M, A, R, T order

    const SmartCriterionResult& of(SmartCriterion criterion) const;
    // No criterion is Missing (warnings are allowed).
    bool passed() const;
    // Every criterion Met.
    bool clean() const;
};

// What the check needs besides the plan; computed by the caller so that this class stays
// free of storage and of the metrics engine.
struct SmartContext
{
    // Past values of the plan's metric in the plan's scope (for example monthly values from
    // MetricsEngine::trend, empty months left out). Empty: nothing to judge against.
    std::vector<double> history;
    // Weak dimensions of the owner's latest questionnaire profile; nullopt when unknown.
    std::optional<QStringList> weakDimensions;
    // Dimension ids of the questionnaire; empty: not checked.
    QStringList knownDimensions;
    // How the plan's scope reads to a person ("Rep Finn Brennan"); empty: its kind and value.
    QString scopeName;
};

// Checks an action plan criterion by criterion and says what is missing:
//  Specific   - an action of at least kMinActionWords words and an owner;
//  Measurable - a scalar metric key of metrics.md, a finite numeric target, a direction;
//  Achievable - the target within the metric's possible range, the scope complete, and the
//               target against the history: a warning when it goes beyond the best value
//               ever reached (highest for ">=", lowest for "<="), or is already reached;
//  Relevant   - linked to a finding or to a (known, preferably weak) questionnaire dimension;
//  Time-bound - a start and a deadline after it.
class SmartCheck
{
    // Problem sentences are user-visible: tr() in the context "SmartCheck".
    Q_DECLARE_TR_FUNCTIONS(SmartCheck)

public:
    static constexpr int kMinActionWords = 3;

    static SmartCheckResult check(const ActionPlan& plan, const SmartContext& context = {});

    // The range a metric's values can take, when it is bounded (percentages, scales).
    struct Range
    {
        double min;
        double max;
    };
    static std::optional<Range> possibleRange(const QString& metric);

private:
    static SmartCriterionResult specific(const ActionPlan& plan);
    static SmartCriterionResult measurable(const ActionPlan& plan);
    static SmartCriterionResult achievable(const ActionPlan& plan, const SmartContext& context);
    static SmartCriterionResult relevant(const ActionPlan& plan, const SmartContext& context);
    static SmartCriterionResult timeBound(const ActionPlan& plan);
};

} // namespace rapport::core
