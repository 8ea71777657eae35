#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsResult.h"
#include "metrics/Period.h"

#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace rapport::core {

class Clock;
class Database;

// One row of the dashboard's team table: a rep's figures (a manager sees every rep's row), or,
// for a rep's login on a team server, which sees no other rep, the team's totals and the
// rep's percentile among the team's reps per column (no other rep's row, no name).
struct TeamFigures
{
    enum class Kind { Rep, TeamTotal, Percentile };
    Kind kind = Kind::Rep;
    QString repId;
    QString repName;
    MetricsResult result;
    qint64 csatSatisfied = 0; // CSAT responses with score >= 4 (for the interval)
    // Percentile rows: per column key (csat, nps, follow_up_rate, complaint_rate, revenue,
    // responses) the rep's percentile rank among the team's reps, when there is one.
    std::map<QString, double> percentiles;
    int teamReps = 0; // Percentile rows: the reps the rep is placed among
};

// Everything the dashboard shows for one period and scope, computed in one go so a
// worker thread can produce it with its own connection and hand it over whole.
struct DashboardFigures
{
    Period period;
    Scope scope;
    // The period and the one before it. While the period is still running (the clock is
    // inside it), both sides cover only the span elapsed so far: this period up to now, the
    // one before over as much time from its start (1-24 November against 1-24 October),
    // so sums such as revenue are compared like for like, not a part month with a whole.
    MetricsComparison comparison;
    bool comparedToDate = false;       // both sides are those elapsed spans
    std::vector<MetricsResult> months; // the 12 calendar months ending with the period's last month
    // Cohorts of those 12 months, each row ending with the period's last month (a later
    // month is not part of what was asked for), the month still running marked.
    CohortTable cohorts;
    // One per rep, for the period, whatever the scope; a manager only when they own customers.
    std::vector<TeamFigures> team;
};

// Results already computed, by scope and span. Valid until the data changes: the owner
// clears it then. Saves recomputing the trend months when only the period moves, and the
// comparison of a month (both months are trend months).
class MetricsResultCache
{
public:
    const MetricsResult* find(const Period& period, const Scope& scope) const;
    void store(const MetricsResult& result);
    void clear() { m_results.clear(); }
    std::size_t size() const { return m_results.size(); }

private:
    static QString keyOf(const Period& period, const Scope& scope);
    std::map<QString, MetricsResult> m_results;
};

// Computes DashboardFigures through MetricsEngine only (no figure is derived here that
// the engine does not give, except the count of satisfied CSAT responses for Wilson's
// interval, which is csat * responses / 100 rounded).
class DashboardCalculator
{
public:
    static constexpr int kTrendMonths = 12;

    // The headline figures the dashboard shows as tiles, and its document lists, in order.
    static const QStringList& tileKeys();

    DashboardCalculator(Database& db, const Clock& clock) : m_db(db), m_engine(db, clock) {}

    // Everything; without the team when withTeam is false (computeTeam() adds it later, so
    // the headline figures can be shown first). A cache, when given, is read and filled.
    Result<DashboardFigures> compute(const Period& period, const Scope& scope,
                                     MetricsResultCache* cache = nullptr, bool withTeam = true) const;
    // `cancelled`, when given, is asked between reps: true stops early with an empty list
    // (the caller no longer wants the result).
    Result<std::vector<TeamFigures>> computeTeam(const Period& period, MetricsResultCache* cache = nullptr,
                                                 const std::function<bool()>& cancelled = {}) const;

    // The calendar months of the trend for `period`: kTrendMonths ending with the month that
    // holds the period's last instant.
    static std::vector<Period> trendMonths(const Period& period);
    // Cuts every row of `table` after `lastMonth` and marks the month holding `now` as running.
    static void limitCohorts(CohortTable& table, const Period& lastMonth, const QDateTime& now);

    // The keys of the team table's columns that get a percentile on a rep's login.
    static const QStringList& percentileKeys();

private:
    // A rep's login on a team server: the rep's own row, the team's totals and the rep's
    // percentiles, from the server's aggregates.
    Result<std::vector<TeamFigures>> computeForRep(const Period& period, const QString& repId,
                                                   MetricsResultCache* cache) const;
    Result<MetricsResult> full(const Period& period, const Scope& scope, MetricsResultCache* cache) const;
    // Makes sure every period is in the cache, computing them as one series if not.
    Status series(const std::vector<Period>& periods, const Scope& scope, MetricsResultCache* cache) const;

    Database& m_db;
    MetricsEngine m_engine;
};

} // namespace rapport::core
