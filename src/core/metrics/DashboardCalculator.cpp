#include "metrics/DashboardCalculator.h"

#include "common/Clock.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/TeamAggregates.h"
#include "storage/RepRepository.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rapport::core {

QString MetricsResultCache::keyOf(const Period& period, const Scope& scope)
{
    return QStringLiteral("%1|%2|%3")
        .arg(scope.describe())
        .arg(period.startSeconds())
        .arg(period.endSeconds());
}

const MetricsResult* MetricsResultCache::find(const Period& period, const Scope& scope) const
{
    const auto it = m_results.find(keyOf(period, scope));
    return it == m_results.end() ? nullptr : &it->second;
}

void MetricsResultCache::store(const MetricsResult& result)
{
    m_results[keyOf(result.period, result.scope)] = result;
}

Result<MetricsResult> DashboardCalculator::full(const Period& period, const Scope& scope,
                                                MetricsResultCache* cache) const
{
    if (cache)
        if (const MetricsResult* hit = cache->find(period, scope))
            return *hit;
    auto r = m_engine.compute(period, scope);
    if (r && cache)
        cache->store(*r);
    return r;
}

const QStringList& DashboardCalculator::tileKeys()
{
    static const QStringList keys{QStringLiteral("csat"),
                                  QStringLiteral("nps"),
                                  QStringLiteral("ces"),
                                  QStringLiteral("retention_rate"),
                                  QStringLiteral("churn_rate"),
                                  QStringLiteral("revenue"),
                                  QStringLiteral("revenue_per_customer"),
                                  QStringLiteral("follow_up_rate"),
                                  QStringLiteral("complaint_rate")};
    return keys;
}

void DashboardCalculator::limitCohorts(CohortTable& table, const Period& lastMonth, const QDateTime& now)
{
    const QDate last = lastMonth.start().date();
    const int lastIndex = last.year() * 12 + last.month() - 1;
    const QDate nowDate = now.toUTC().date();
    const int nowIndex = nowDate.year() * 12 + nowDate.month() - 1;
    table.runningMonth.reset();
    for (CohortRow& row : table.rows) {
        const QDate month = row.month.start().date();
        const int first = month.year() * 12 + month.month() - 1;
        // Offset 0 stays even for a cohort after lastMonth: the table never has it anyway.
        const auto keep = static_cast<std::size_t>(std::max(1, lastIndex - first + 1));
        if (row.retention.size() > keep)
            row.retention.resize(keep);
        if (row.size > 0 && nowIndex >= first && nowIndex - first < static_cast<int>(row.retention.size()))
            table.runningMonth = Period::containing(now, Period::Step::Month);
    }
}

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

Status DashboardCalculator::series(const std::vector<Period>& periods, const Scope& scope,
                                   MetricsResultCache* cache) const
{
    const bool allCached = std::all_of(periods.begin(), periods.end(),
                                       [&](const Period& p) { return cache->find(p, scope) != nullptr; });
    if (allCached)
        return {};
    auto results = m_engine.computeSeries(periods, scope);
    if (!results)
        return results.error();
    for (const MetricsResult& r : *results)
        cache->store(r);
    return {};
}

Result<DashboardFigures> DashboardCalculator::compute(const Period& period, const Scope& scope,
                                                      MetricsResultCache* cache, bool withTeam) const
{
    MetricsResultCache local;
    if (!cache)
        cache = &local;
    DashboardFigures f;
    f.period = period;
    f.scope = scope;

    // The trend months first, in one pass of the engine (consecutive periods) unless all are
    // cached; a month's comparison then comes from them.
    const std::vector<Period> months = trendMonths(period);
    if (auto s = series(months, scope, cache); !s)
        return s.error();
    for (const Period& month : months)
        f.months.push_back(*cache->find(month, scope));

    if (auto s = series({period.previous(), period}, scope, cache); !s)
        return s.error();
    f.comparison.current = *cache->find(period, scope);
    f.comparison.previous = *cache->find(period.previous(), scope);
    const QDateTime now = m_engine.clock().nowUtc();
    if (period.start() < now && now < period.end()) {
        // Both sides up to the same point: the running period up to now (records dated
        // later, such as a churn already announced for the month's end, wait for their
        // day), the period before over the same elapsed span (a shorter month: all of it).
        const Period before = period.previous();
        const QDateTime cut = std::min(before.start().addSecs(period.start().secsTo(now)), before.end());
        for (const auto& [start, end, side] : {std::tuple{period.start(), now, &f.comparison.current},
                                               std::tuple{before.start(), cut, &f.comparison.previous}}) {
            auto span = Period::range(start, end);
            if (!span)
                return span.error();
            auto r = m_engine.compute(*span, scope);
            if (!r)
                return r.error();
            *side = std::move(*r);
        }
        f.comparedToDate = true;
    }

    auto cohorts = m_engine.cohorts(months.front(), months.back(), scope);
    if (!cohorts)
        return cohorts.error();
    f.cohorts = std::move(*cohorts);
    limitCohorts(f.cohorts, months.back(), now);

    if (withTeam) {
        auto team = computeTeam(period, cache);
        if (!team)
            return team.error();
        f.team = std::move(*team);
    }
    return f;
}

namespace {

// CSAT responses with score >= 4, for Wilson's interval: csat * responses / 100 rounded.
qint64 satisfied(const MetricsResult& r)
{
    const qint64 n = r.responses.at(QStringLiteral("csat"));
    return r.csat ? std::llround(*r.csat * static_cast<double>(n) / 100.0) : 0;
}

} // namespace

Result<std::vector<TeamFigures>>
DashboardCalculator::computeTeam(const Period& period, MetricsResultCache* cache,
                                 const std::function<bool()>& cancelled) const
{
    auto sessionRep = TeamAggregateReader(m_db, m_engine.clock()).sessionRep();
    if (!sessionRep)
        return sessionRep.error();
    if (*sessionRep)
        return computeForRep(period, **sessionRep, cache);
    auto reps = RepRepository(m_db).list();
    if (!reps)
        return reps.error();
    std::vector<TeamFigures> team;
    for (const Rep& rep : *reps) {
        if (cancelled && cancelled())
            return std::vector<TeamFigures>{};
        auto r = full(period, Scope::rep(rep.id), cache);
        if (!r)
            return r.error();
        // A manager who owns no customers in the period has no figures of their own: a row
        // of dashes says nothing (issue 20). A rep without customers stays: that is news.
        if (rep.role == RepRole::Manager && r->customersStart == 0 && r->customersEnd == 0)
            continue;
        TeamFigures t;
        t.repId = rep.id;
        t.repName = rep.name;
        t.csatSatisfied = satisfied(*r);
        t.result = std::move(*r);
        team.push_back(std::move(t));
    }
    return team;
}

const QStringList& DashboardCalculator::percentileKeys()
{
    static const QStringList keys{QStringLiteral("csat"),           QStringLiteral("nps"),
                                  QStringLiteral("follow_up_rate"), QStringLiteral("complaint_rate"),
                                  QStringLiteral("revenue"),        QStringLiteral("responses")};
    return keys;
}

Result<std::vector<TeamFigures>> DashboardCalculator::computeForRep(const Period& period,
                                                                    const QString& repId,
                                                                    MetricsResultCache* cache) const
{
    auto own = full(period, Scope::rep(repId), cache);
    if (!own)
        return own.error();
    // The complaint window is the self-view's; the table shows no CSAT after complaints.
    auto aggregates = TeamAggregateReader(m_db, m_engine.clock()).read(period, qint64{30} * 86400);
    if (!aggregates)
        return aggregates.error();
    auto reps = RepRepository(m_db).list(); // the rep's own row only, by the server's policy
    if (!reps)
        return reps.error();

    TeamFigures mine;
    mine.repId = repId;
    for (const Rep& rep : *reps) {
        if (rep.id == repId)
            mine.repName = rep.name;
    }
    mine.csatSatisfied = satisfied(*own);

    TeamFigures total;
    total.kind = TeamFigures::Kind::TeamTotal;
    total.csatSatisfied = satisfied(aggregates->team);
    total.result = aggregates->team;

    TeamFigures rank;
    rank.kind = TeamFigures::Kind::Percentile;
    for (const QString& key : percentileKeys()) {
        const auto values = aggregates->reps.find(key);
        if (values == aggregates->reps.end())
            continue;
        std::vector<double> team;
        for (const TeamValue& v : values->second) {
            if (v.value)
                team.push_back(*v.value);
        }
        rank.teamReps = std::max(rank.teamReps, static_cast<int>(values->second.size()));
        const std::optional<double> value =
            key == QLatin1String("responses")
                ? std::optional<double>(static_cast<double>(own->responses.at(QStringLiteral("csat")) +
                                                            own->responses.at(QStringLiteral("nps")) +
                                                            own->responses.at(QStringLiteral("ces"))))
                : own->value(key);
        // The rep's own value is one of the list's (the server counts the same rows); a rep
        // without one, or a team too small to list, gets no percentile.
        if (value && std::find(team.begin(), team.end(), *value) != team.end())
            rank.percentiles[key] = percentileRank(
                *value, team, key == QLatin1String("responses") || MetricCatalogue::higherIsBetter(key));
    }
    mine.result = std::move(*own);
    return std::vector<TeamFigures>{std::move(mine), std::move(total), std::move(rank)};
}

} // namespace rapport::core
