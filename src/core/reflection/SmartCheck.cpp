#include "reflection/SmartCheck.h"

#include "common/DateText.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsEngine.h"
#include "metrics/PlanTargetMetric.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace rapport::core {

QString toString(SmartCriterion criterion)
{
    switch (criterion) {
    case SmartCriterion::Specific:
        return QStringLiteral("Specific");
    case SmartCriterion::Measurable:
        return QStringLiteral("Measurable");
    case SmartCriterion::Achievable:
        return QStringLiteral("Achievable");
    case SmartCriterion::Relevant:
        return QStringLiteral("Relevant");
    case SmartCriterion::TimeBound:
        break;
    }
    return QStringLiteral("Time-bound");
}

QString toString(SmartStatus status)
{
    switch (status) {
    case SmartStatus::Met:
        return QStringLiteral("met");
    case SmartStatus::Warning:
        return QStringLiteral("warning");
    case SmartStatus::Missing:
        return QStringLiteral("missing");
    case SmartStatus::NotChecked:
        break;
    }
    return QStringLiteral("not checked");
}

const SmartCriterionResult& SmartCheckResult::of(SmartCriterion criterion) const
{
    for (const SmartCriterionResult& r : criteria) {
        if (r.criterion == criterion)
            return r;
    }
    static const SmartCriterionResult none{criterion, SmartStatus::NotChecked, {}};
    return none;
}

bool SmartCheckResult::passed() const
{
    return std::none_of(criteria.begin(), criteria.end(),
                        [](const SmartCriterionResult& r) { return r.status == SmartStatus::Missing; });
}

bool SmartCheckResult::clean() const
{
    return std::all_of(criteria.begin(), criteria.end(),
                       [](const SmartCriterionResult& r) { return r.status == SmartStatus::Met; });
}

namespace {

// Records a problem and lowers the status (Met < Warning < Missing).
void flag(SmartCriterionResult& r, SmartStatus status, const QString& problem)
{
    if (status == SmartStatus::Missing || r.status == SmartStatus::Met || r.status == SmartStatus::NotChecked)
        r.status = status;
    r.problems << problem;
}

// A figure as the window shows it: the user's number format, rounded as the report rounds
// the metric ("29.1", not "29.09090909").
QString num(double v, const QString& metric)
{
    const MetricDescription* d = MetricCatalogue::find(metric);
    const double scale = std::pow(10.0, d ? d->reportDecimals : 2);
    return QLocale().toString(std::round(v * scale) / scale, 'g', 15);
}

// The scope as a person reads it: the caller's name for it, else its kind and value.
QString scopeText(const ActionPlan& plan, const SmartContext& context)
{
    return context.scopeName.isEmpty() ? plan.scope.describe() : context.scopeName;
}

} // namespace

std::optional<SmartCheck::Range> SmartCheck::possibleRange(const QString& metric)
{
    static const QStringList percentages{QStringLiteral("csat"), QStringLiteral("retention_rate"),
                                         QStringLiteral("churn_rate"), QStringLiteral("repeat_purchase_rate"),
                                         QStringLiteral("follow_up_rate")};
    if (percentages.contains(metric))
        return Range{0.0, 100.0};
    if (metric == QLatin1String("nps"))
        return Range{-100.0, 100.0};
    if (metric == QLatin1String("csat_mean"))
        return Range{1.0, 5.0};
    if (PlanTargetMetric::isKey(metric))
        return Range{PlanTargetMetric::minimum(metric), PlanTargetMetric::maximum(metric)};
    if (metric == QLatin1String("ces"))
        return Range{1.0, 7.0};
    return std::nullopt;
}

SmartCheckResult SmartCheck::check(const ActionPlan& plan, const SmartContext& context)
{
    return {{specific(plan), measurable(plan), achievable(plan, context), relevant(plan, context),
             timeBound(plan)}};
}

SmartCriterionResult SmartCheck::specific(const ActionPlan& plan)
{
    SmartCriterionResult r{SmartCriterion::Specific, SmartStatus::Met, {}};
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString action = plan.action.trimmed();
    if (action.isEmpty())
        flag(r, SmartStatus::Missing, tr("There is no concrete action: say what will be done."));
    else if (action.split(spaces, Qt::SkipEmptyParts).size() < kMinActionWords)
        flag(r, SmartStatus::Missing,
             tr("The action \"%1\" is too vague: describe what will be done in at least %2 words.")
                 .arg(action)
                 .arg(kMinActionWords));
    if (plan.ownerRep.trimmed().isEmpty())
        flag(r, SmartStatus::Missing, tr("Nobody owns the plan: name the rep responsible for it."));
    return r;
}

SmartCriterionResult SmartCheck::measurable(const ActionPlan& plan)
{
    SmartCriterionResult r{SmartCriterion::Measurable, SmartStatus::Met, {}};
    if (plan.metric.isEmpty())
        flag(r, SmartStatus::Missing, tr("No metric is named: choose the figure the plan should move."));
    else if (!MetricsEngine::isScalarKey(plan.metric) && !PlanTargetMetric::isKey(plan.metric))
        flag(r, SmartStatus::Missing,
             tr("\"%1\" is not a metric with a single value (see the metrics contract).").arg(plan.metric));
    if (!plan.target)
        flag(r, SmartStatus::Missing, tr("There is no numeric target."));
    else if (!std::isfinite(*plan.target))
        flag(r, SmartStatus::Missing, tr("The target is not a finite number."));
    if (plan.direction != QLatin1String(">=") && plan.direction != QLatin1String("<="))
        flag(r, SmartStatus::Missing,
             tr("The direction \"%1\" is neither \">=\" (at least) nor \"<=\" (at most).")
                 .arg(plan.direction));
    return r;
}

SmartCriterionResult SmartCheck::achievable(const ActionPlan& plan, const SmartContext& context)
{
    SmartCriterionResult r{SmartCriterion::Achievable, SmartStatus::Met, {}};
    if (plan.scope.kind != Scope::Kind::All && plan.scope.value.trimmed().isEmpty())
        flag(r, SmartStatus::Missing,
             tr("The scope is a %1 but does not say which one.").arg(plan.scope.kindName()));
    const bool atLeast = plan.direction != QLatin1String("<=");
    if (!plan.target || !std::isfinite(*plan.target)) {
        if (r.status == SmartStatus::Met)
            r.status = SmartStatus::NotChecked;
        r.problems << tr("Cannot be judged without a numeric target.");
        return r;
    }
    const double target = *plan.target;
    if (const auto range = possibleRange(plan.metric);
        range && (target < range->min || target > range->max)) {
        flag(r, SmartStatus::Missing,
             tr("A target of %1 can never be reached: %2 runs from %3 to %4.")
                 .arg(num(target, plan.metric), MetricCatalogue::title(plan.metric),
                      num(range->min, plan.metric), num(range->max, plan.metric)));
        return r;
    }
    if (context.history.empty()) {
        flag(r, SmartStatus::Warning,
             tr("There is no history of %1 for %2 to judge the target against.")
                 .arg(MetricCatalogue::title(plan.metric), scopeText(plan, context)));
    } else {
        const auto [lowest, highest] = std::minmax_element(context.history.begin(), context.history.end());
        const double best = atLeast ? *highest : *lowest;
        if (atLeast ? target > best : target < best)
            flag(r, SmartStatus::Warning,
                 tr("The target %1 is beyond the best value ever reached for %2 (%3): "
                    "check that it is realistic or plan it in steps.")
                     .arg(num(target, plan.metric), scopeText(plan, context), num(best, plan.metric)));
    }
    if (plan.baseline && (atLeast ? *plan.baseline >= target : *plan.baseline <= target))
        flag(r, SmartStatus::Warning,
             tr("The baseline %1 already reaches the target %2: the plan asks for no change.")
                 .arg(num(*plan.baseline, plan.metric), num(target, plan.metric)));
    return r;
}

SmartCriterionResult SmartCheck::relevant(const ActionPlan& plan, const SmartContext& context)
{
    SmartCriterionResult r{SmartCriterion::Relevant, SmartStatus::Met, {}};
    if (!plan.findingRef.trimmed().isEmpty())
        return r; // a finding is evidence enough
    const QString dimension = plan.dimension.trimmed();
    if (dimension.isEmpty()) {
        flag(r, SmartStatus::Missing,
             tr("The plan is linked to neither a finding nor a questionnaire dimension."));
        return r;
    }
    if (!context.knownDimensions.isEmpty() && !context.knownDimensions.contains(dimension)) {
        flag(r, SmartStatus::Missing, tr("\"%1\" is not a dimension of the questionnaire.").arg(dimension));
        return r;
    }
    if (context.weakDimensions && !context.weakDimensions->contains(dimension))
        flag(r, SmartStatus::Warning,
             tr("\"%1\" is not a weakness in the owner's latest questionnaire profile.").arg(dimension));
    return r;
}

SmartCriterionResult SmartCheck::timeBound(const ActionPlan& plan)
{
    SmartCriterionResult r{SmartCriterion::TimeBound, SmartStatus::Met, {}};
    if (!plan.startAt.isValid())
        flag(r, SmartStatus::Missing, tr("There is no start date."));
    if (!plan.deadlineAt.isValid())
        flag(r, SmartStatus::Missing, tr("There is no deadline."));
    if (plan.startAt.isValid() && plan.deadlineAt.isValid()) {
        if (plan.deadlineAt <= plan.startAt)
            flag(r, SmartStatus::Missing,
                 tr("The deadline %1 is not after the start %2.")
                     .arg(DateText::utcDay(plan.deadlineAt), DateText::utcDay(plan.startAt)));
        else if (plan.startAt.daysTo(plan.deadlineAt) < plan.checkInEveryDays)
            flag(r, SmartStatus::Warning,
                 tr("The plan ends before its first check-in (every %1 days).").arg(plan.checkInEveryDays));
    }
    return r;
}

} // namespace rapport::core
