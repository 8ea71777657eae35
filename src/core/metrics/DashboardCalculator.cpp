#include "metrics/DashboardCalculator.h"

#include "storage/RepRepository.h"

#include <cmath>

namespace rapport::core {

std::vector<Period> DashboardCalculator::trendMonths(const Period& period)
{
    const QDateTime last = QDateTime::fromSecsSinceEpoch(period.endSeconds() - 1, Qt::UTC);
    Period month = Period::containing(last, Period::Step::Month);
    std::vector<Period> months(kTrendMonths);
    for (int i = kTrendMonths - 1; i >= 0; --i) {
        months[static_cast<std::size_t>(i)] = month;
        month = month.previous();
    }
    return months;
}

Result<DashboardFigures> DashboardCalculator::compute(const Period& period, const Scope& scope) const
{
    DashboardFigures f;
    f.period = period;
    f.scope = scope;

    auto comparison = m_engine.compare(period, scope);
    if (!comparison)
        return comparison.error();
    f.comparison = std::move(*comparison);

    const std::vector<Period> months = trendMonths(period);
    for (const Period& month : months) {
        auto r = m_engine.compute(month, scope);
        if (!r)
            return r.error();
        f.months.push_back(std::move(*r));
    }

    auto cohorts = m_engine.cohorts(months.front(), months.back(), scope);
    if (!cohorts)
        return cohorts.error();
    f.cohorts = std::move(*cohorts);

    auto reps = RepRepository(m_db).list();
    if (!reps)
        return reps.error();
    const unsigned teamParts = MetricsEngine::Surveys | MetricsEngine::Base | MetricsEngine::Revenue
                               | MetricsEngine::FollowUps | MetricsEngine::Complaints;
    for (const Rep& rep : *reps) {
        auto r = m_engine.compute(period, Scope::rep(rep.id), teamParts);
        if (!r)
            return r.error();
        TeamFigures t;
        t.repId = rep.id;
        t.repName = rep.name;
        const qint64 n = r->responses.at(QStringLiteral("csat"));
        if (r->csat)
            t.csatSatisfied = std::llround(*r->csat * static_cast<double>(n) / 100.0);
        t.result = std::move(*r);
        f.team.push_back(std::move(t));
    }
    return f;
}

} // namespace rapport::core
