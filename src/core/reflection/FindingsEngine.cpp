#include "reflection/FindingsEngine.h"

#include "logging/LogCategories.h"
#include "metrics/MetricsEngine.h"
#include "reflection/findings/ChurnReasonDetector.h"
#include "reflection/findings/CommentThemeDetector.h"
#include "reflection/findings/ComplaintCategoryDetector.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/GroupOutlierDetector.h"
#include "reflection/findings/LevelAttribution.h"
#include "reflection/findings/OpposingMetricsDetector.h"
#include "reflection/findings/OpposingTrendDetector.h"
#include "reflection/findings/ProductComplaintDetector.h"
#include "storage/RepRepository.h"

#include <algorithm>
#include <cmath>

namespace rapport::core {

QString toString(FindingKind kind)
{
    switch (kind) {
    case FindingKind::ComplaintCategoryChange:
        return QStringLiteral("complaint_category");
    case FindingKind::OpposingMetrics:
        return QStringLiteral("opposing_metrics");
    case FindingKind::GroupOutlier:
        return QStringLiteral("group_outlier");
    case FindingKind::CommentTheme:
        return QStringLiteral("comment_theme");
    case FindingKind::OpposingTrend:
        return QStringLiteral("opposing_trend");
    case FindingKind::AsInTeam:
        return QStringLiteral("as_in_team");
    case FindingKind::ProductComplaints:
        return QStringLiteral("product_complaints");
    case FindingKind::ProductOutlier:
        return QStringLiteral("product_outlier");
    case FindingKind::ChurnReason:
        return QStringLiteral("churn_reason");
    }
    return {};
}

QString toString(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

Result<std::vector<Finding>> FindingsEngine::find(const Period& period, const Scope& scope) const
{
    findings::FindingContext c(m_db, m_engine);
    c.period = period;
    c.previous = period.previous();
    c.scope = scope;
    auto comparison = m_engine.compare(period, scope);
    if (!comparison)
        return comparison.error();
    c.comparison = std::move(*comparison);
    auto reps = RepRepository(m_db).list();
    if (!reps)
        return reps.error();
    for (const Rep& rep : *reps)
        c.repNames[rep.id] = rep.name.isEmpty() ? rep.id : rep.name;
    auto window = m_engine.followUpWindowDays();
    if (!window)
        return window.error();
    c.windowSeconds = qint64{*window} * 86400;

    // The order matters: the trend detector stays silent where the period-to-period one spoke.
    for (auto detect :
         {&findings::ComplaintCategoryDetector::detect, &findings::OpposingMetricsDetector::detect,
          &findings::GroupOutlierDetector::detect, &findings::CommentThemeDetector::detect,
          &findings::OpposingTrendDetector::detect, &findings::ProductComplaintDetector::detect,
          &findings::ChurnReasonDetector::detect}) {
        if (Status s = detect(c); !s)
            return s.error();
    }
    if (scope.kind == Scope::Kind::All) {
        findings::LevelAttribution::apply(c, nullptr);
    } else {
        // The team pass behind a rep's or segment's findings: what the whole team shows, so
        // that the same story is told once, at the level where it arises.
        findings::FindingContext team(m_db, m_engine);
        team.period = c.period;
        team.previous = c.previous;
        team.scope = Scope::all();
        team.subScopes = false;
        team.repNames = c.repNames;
        team.windowSeconds = c.windowSeconds;
        auto teamComparison = m_engine.compare(period, team.scope);
        if (!teamComparison)
            return teamComparison.error();
        team.comparison = std::move(*teamComparison);
        for (auto detect :
             {&findings::ComplaintCategoryDetector::detect, &findings::OpposingMetricsDetector::detect,
              &findings::CommentThemeDetector::detect, &findings::OpposingTrendDetector::detect}) {
            if (Status s = detect(team); !s)
                return s.error();
        }
        findings::LevelAttribution::apply(c, &team);
    }
    std::stable_sort(c.out.begin(), c.out.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return std::abs(a.statistic) > std::abs(b.statistic);
    });
    qCInfo(lcReflection) << "findings for" << period.label() << scope.describe() << ":" << c.out.size();
    return std::move(c.out);
}

} // namespace rapport::core
