#include "reflection/ReportCollector.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "metrics/GoalEvaluator.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ActionPlanTracker.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/FindingsEngine.h"
#include "reflection/LatestProfile.h"
#include "reflection/SelfViewComparison.h"
#include "services/BookSettingsService.h"
#include "storage/ActionPlanRepository.h"
#include "storage/FindingsStore.h"
#include "storage/GoalRepository.h"
#include "storage/RepRepository.h"

#include <QCoreApplication>
#include <map>

namespace rapport::core {

namespace {

// The report's figures, in its order; labels, decimals and direction come from the catalogue.
constexpr Metric kFigures[] = {
    Metric::Csat,          Metric::Nps,
    Metric::Ces,           Metric::RetentionRate,
    Metric::ChurnRate,     Metric::CustomersActive,
    Metric::Revenue,       Metric::RepeatPurchaseRate,
    Metric::FollowUpRate,  Metric::Complaints,
    Metric::ComplaintRate, Metric::ResolutionHoursMedian,
};

struct ChartSpec
{
    const char* key;
    const char* title;
    bool bars;
};

constexpr ChartSpec kCharts[] = {
    {"csat", QT_TRANSLATE_NOOP("ReportCollector", "CSAT by month (% satisfied)"), false},
    {"nps", QT_TRANSLATE_NOOP("ReportCollector", "NPS by month"), false},
    {"follow_up_rate", QT_TRANSLATE_NOOP("ReportCollector", "Follow-up rate by month (%)"), false},
    {"complaints", QT_TRANSLATE_NOOP("ReportCollector", "Complaints by month"), true},
};

// The report's words for the keys of statuses, levels and verdicts (the keys stay English in JSON).
struct DisplayWord
{
    const char* key;
    const char* text;
};

constexpr DisplayWord kWords[] = {
    {"not_started", QT_TRANSLATE_NOOP("ReportCollector", "not started")},
    {"on_track", QT_TRANSLATE_NOOP("ReportCollector", "on track")},
    {"behind", QT_TRANSLATE_NOOP("ReportCollector", "behind")},
    {"achieved", QT_TRANSLATE_NOOP("ReportCollector", "achieved")},
    {"not_achieved", QT_TRANSLATE_NOOP("ReportCollector", "not achieved")},
    {"abandoned", QT_TRANSLATE_NOOP("ReportCollector", "abandoned")},
    {"active", QT_TRANSLATE_NOOP("ReportCollector", "active")},
    {"done", QT_TRANSLATE_NOOP("ReportCollector", "done")},
    {"met", QT_TRANSLATE_NOOP("ReportCollector", "met")},
    {"missed", QT_TRANSLATE_NOOP("ReportCollector", "missed")},
    {"at_risk", QT_TRANSLATE_NOOP("ReportCollector", "at risk")},
    {"off_track", QT_TRANSLATE_NOOP("ReportCollector", "off track")},
    {"strength", QT_TRANSLATE_NOOP("ReportCollector", "strength")},
    {"weakness", QT_TRANSLATE_NOOP("ReportCollector", "weakness")},
    {"middle", QT_TRANSLATE_NOOP("ReportCollector", "middle")},
    {"in line", QT_TRANSLATE_NOOP("ReportCollector", "in line")},
    {"blind spot", QT_TRANSLATE_NOOP("ReportCollector", "blind spot")},
    {"hidden strength", QT_TRANSLATE_NOOP("ReportCollector", "hidden strength")},
    {"too little data", QT_TRANSLATE_NOOP("ReportCollector", "too little data")},
    {"not measured", QT_TRANSLATE_NOOP("ReportCollector", "not measured")},
};

// The key's word in the user's language; an unknown key as it is.
QString displayWord(const QString& key)
{
    for (const DisplayWord& w : kWords)
        if (key == QLatin1String(w.key))
            return QCoreApplication::translate("ReportCollector", w.text);
    return key;
}

} // namespace

Result<ReportData> ReportCollector::collect(const Period& period, const Scope& scope) const
{
    ReportData d;
    d.period = period;
    d.previous = period.previous();
    d.scope = scope;
    d.generatedAt = m_engine.clock().nowUtc();
    auto currency = BookSettingsService(m_db).currency();
    if (!currency)
        return currency.error();
    d.currency = *currency;

    auto reps = RepRepository(m_db).list();
    if (!reps)
        return reps.error();
    std::map<QString, QString> repNames;
    for (const Rep& r : *reps)
        repNames[r.id] = r.name.isEmpty() ? r.id : r.name;
    auto nameOf = [&](const QString& id) {
        const auto it = repNames.find(id);
        return it == repNames.end() ? id : it->second;
    };
    switch (scope.kind) {
    case Scope::Kind::All:
        d.scopeLabel = QCoreApplication::translate("ReportCollector", "The whole team");
        break;
    case Scope::Kind::Rep:
        d.scopeLabel = nameOf(scope.value);
        break;
    case Scope::Kind::Segment:
        d.scopeLabel = QCoreApplication::translate("ReportCollector", "Segment %1").arg(scope.value);
        break;
    }

    // Figures
    auto comparison = m_engine.compare(period, scope);
    if (!comparison)
        return comparison.error();
    for (const Metric metric : kFigures) {
        const MetricDescription& f = MetricCatalogue::of(metric);
        const QString key = QString::fromLatin1(f.contractKey);
        ReportFigure fig{key,
                         f.translatedReportLabel(),
                         comparison->current.value(key),
                         comparison->previous.value(key),
                         comparison->change(key),
                         f.reportDecimals,
                         f.higherIsBetter(),
                         {}};
        if (key == QLatin1String("follow_up_rate") && comparison->current.followUpsStillOpen > 0) {
            const int stillOpen = static_cast<int>(comparison->current.followUpsStillOpen);
            fig.provisionalNote =
                QCoreApplication::translate(
                    "ReportCollector",
                    "The follow-up rate of %1 is provisional: %Ln purchase(s) have no follow-up yet but are "
                    "still inside their follow-up window, so the rate can still rise.",
                    nullptr, stillOpen)
                    .arg(period.label());
        }
        d.figures.push_back(fig);
    }

    // Charts: the twelve months up to the period's end.
    const QDateTime lastInstant = period.end().addSecs(-1);
    const Period lastMonth = Period::containing(lastInstant, Period::Step::Month);
    const Period firstMonth =
        Period::containing(lastMonth.start().addMonths(1 - kChartMonths), Period::Step::Month);
    QStringList keys;
    for (const ChartSpec& c : kCharts)
        keys << QString::fromLatin1(c.key);
    auto trends = m_engine.trends(keys, firstMonth, lastMonth, Period::Step::Month, scope);
    if (!trends)
        return trends.error();
    for (std::size_t i = 0; i < trends->size(); ++i) {
        const Trend& t = (*trends)[i];
        ReportChart chart;
        chart.id = QStringLiteral("chart-%1").arg(t.metric).replace(QLatin1Char('_'), QLatin1Char('-'));
        chart.title = QCoreApplication::translate("ReportCollector", kCharts[i].title);
        chart.bars = kCharts[i].bars;
        for (const TrendPoint& p : t.points) {
            chart.labels << p.period.label();
            chart.values.push_back(p.value);
        }
        d.charts.push_back(chart);
    }

    // Findings, with a few of the customers behind each.
    auto findings = FindingsEngine(m_db, m_engine).find(period, scope);
    if (!findings)
        return findings.error();
    d.findings = std::move(*findings);
    FindingsStore store(m_db);
    for (const Finding& f : d.findings) {
        ReportFindingExamples examples;
        for (const FindingRecords& r : f.records) {
            auto names = store.customerNames(r.table, r.ids,
                                             kExampleCustomers - static_cast<int>(examples.customers.size()));
            if (!names)
                return names.error();
            examples.customers << *names;
        }
        d.findingExamples.push_back(examples);
    }

    // Questionnaire profiles with blind spots.
    QStringList profileReps;
    if (scope.kind == Scope::Kind::Rep)
        profileReps << scope.value;
    else if (scope.kind == Scope::Kind::All)
        for (const Rep& r : *reps)
            if (r.role == RepRole::Rep)
                profileReps << r.id;
    QStringList without;
    for (const QString& repId : profileReps) {
        auto latest = LatestProfile::read(m_db, repId, LatestProfile::Previous::Compare);
        if (!latest)
            return latest.error();
        if (!*latest) {
            without << nameOf(repId);
            continue;
        }
        ReportProfile p;
        p.repId = repId;
        p.repName = nameOf(repId);
        p.takenAt = (*latest)->latest.takenAt;
        if (!(*latest)->questionnaire) {
            p.note = QCoreApplication::translate(
                         "ReportCollector",
                         "The questionnaire of this assessment is not known to this version: %1")
                         .arg((*latest)->questionnaire.error().message);
            p.takenAt = {};
            d.profiles.push_back(p);
            continue;
        }
        const auto& profile = (*latest)->profile;
        if (!profile)
            return profile.error();
        p.straightLined = profile->straightLined();
        auto views = SelfViewComparison(m_db, m_engine.clock()).compare(repId, *profile, period);
        if (!views)
            return views.error();
        for (const DimensionProfile& dim : profile->dimensions()) {
            ReportDimension rd{
                dim.name, dim.score, displayWord(toString(dim.level)), dim.change, dim.strategies, {}, {}};
            for (const DimensionSelfView& v : *views)
                if (v.dimension == dim.id) {
                    rd.verdict = displayWord(toString(v.verdict));
                    rd.explanation = v.explanation;
                }
            p.dimensions.push_back(rd);
        }
        p.note = profile->previousNote();
        d.profiles.push_back(p);
    }
    if (scope.kind == Scope::Kind::Segment)
        d.profilesNote = QCoreApplication::translate(
            "ReportCollector",
            "Questionnaire profiles belong to reps: choose a rep or the whole team to see them.");
    else if (d.profiles.empty())
        d.profilesNote = QCoreApplication::translate(
            "ReportCollector", "No questionnaire has been taken yet (rapport-cli assess --rep ID).");
    if (!without.isEmpty() && !d.profiles.empty())
        d.profiles.back().note +=
            (d.profiles.back().note.isEmpty() ? QString() : QStringLiteral(" ")) +
            QCoreApplication::translate("ReportCollector", "No questionnaire yet from: %1.")
                .arg(without.join(QStringLiteral(", ")));

    // Goals overlapping the period, for this scope (the team report shows every goal).
    auto goals = GoalRepository(m_db).overlapping(period.start(), period.end());
    if (!goals)
        return goals.error();
    GoalEvaluator evaluator(m_engine);
    for (const KpiGoal& g : *goals) {
        if (scope.kind != Scope::Kind::All && !(g.scope == scope))
            continue;
        auto progress = evaluator.evaluate(g);
        if (!progress)
            return progress.error();
        const bool whole = MetricsEngine::isMoneyKey(g.metric) || MetricsEngine::isAdditiveKey(g.metric);
        d.goals.push_back({g.name, g.metric, g.direction, g.target, progress->current, progress->projected,
                           displayWord(toString(progress->status)), whole ? 0 : 1});
    }

    // Action plans
    ActionPlanRepository plans(m_db);
    auto list = plans.list();
    if (!list)
        return list.error();
    for (const ActionPlan& plan : *list) {
        const bool inScope = scope.kind == Scope::Kind::All || plan.scope == scope ||
                             (scope.kind == Scope::Kind::Rep && plan.ownerRep == scope.value);
        if (!inScope)
            continue;
        ReportPlan rp;
        rp.title = plan.title;
        rp.owner = nameOf(plan.ownerRep);
        rp.metric = plan.metric;
        rp.direction = plan.direction;
        rp.target = plan.target;
        rp.baseline = plan.baseline;
        rp.deadline = plan.deadlineAt;
        rp.status = displayWord(plan.status);
        auto items = plans.items(plan.id);
        if (!items)
            return items.error();
        rp.itemsTotal = static_cast<int>(items->size());
        for (const ActionPlanItem& item : *items)
            rp.itemsDone += item.doneAt.isValid() ? 1 : 0;
        auto checkIns = plans.checkIns(plan.id);
        if (!checkIns)
            return checkIns.error();
        rp.checkIns = static_cast<int>(checkIns->size());
        for (const ActionPlanCheckIn& c : *checkIns)
            if (c.value)
                rp.latestValue = c.value;
        auto revisions = plans.revisions(plan.id);
        if (!revisions)
            return revisions.error();
        // Progress from the data, as the Reflection page shows it; a plan that cannot be
        // measured (no metric yet) is still listed, with the reason.
        auto progress = ActionPlanTracker(m_engine, m_engine.clock()).track(plan, *checkIns, *revisions);
        if (!progress) {
            rp.trackingProblem = progress.error().message;
        } else {
            rp.current = progress->current;
            // The window shows the baseline the tracker measured before the start when the
            // plan set none; the report shows the same.
            if (progress->baseline)
                rp.baseline = progress->baseline;
            rp.progressPercent = progress->progressPercent;
            rp.progress = displayWord(toString(progress->status));
            const QString next = DateText::utcDay(progress->nextCheckInAt, d.locale);
            if (progress->checkIn == CheckInState::Due)
                rp.checkInState =
                    QCoreApplication::translate("ReportCollector", "check-in due since %1").arg(next);
            else if (progress->checkIn == CheckInState::Overdue)
                rp.checkInState =
                    QCoreApplication::translate("ReportCollector", "check-in overdue since %1").arg(next);
            if (progress->beforeAfter)
                rp.beforeAfter = progress->beforeAfter->explanation;
        }
        d.plans.push_back(rp);
    }
    auto products = ProductFigures::compute(m_db, period, scope);
    if (!products)
        return products.error();
    d.products = std::move(*products);
    auto churn = ChurnFigures::compute(m_db, period, scope);
    if (!churn)
        return churn.error();
    d.churn = std::move(*churn);
    return d;
}

} // namespace rapport::core
