#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsResult.h"
#include "metrics/Period.h"

#include <QString>

#include <vector>

namespace rapport::core {

class Clock;
class Database;

// One rep's figures for the dashboard's team table.
struct TeamFigures
{
    QString repId;
    QString repName;
    MetricsResult result;
    qint64 csatSatisfied = 0; // CSAT responses with score >= 4 (for the interval)
};

// Everything the dashboard shows for one period and scope, computed in one go so a
// worker thread can produce it with its own connection and hand it over whole.
struct DashboardFigures
{
    Period period;
    Scope scope;
    MetricsComparison comparison;        // the period and the one before it
    std::vector<MetricsResult> months;   // the 12 calendar months ending with the period's last month
    CohortTable cohorts;                 // cohorts of those 12 months
    std::vector<TeamFigures> team;       // one per rep, for the period (every rep, whatever the scope)
};

// Computes DashboardFigures through MetricsEngine only (no figure is derived here that
// the engine does not give, except the count of satisfied CSAT responses for Wilson's
// interval, which is csat * responses / 100 rounded).
class DashboardCalculator
{
public:
    static constexpr int kTrendMonths = 12;

    DashboardCalculator(Database& db, const Clock& clock) : m_db(db), m_engine(db, clock) {}

    Result<DashboardFigures> compute(const Period& period, const Scope& scope) const;

    // The calendar months of the trend for `period`: kTrendMonths ending with the month that
    // holds the period's last instant.
    static std::vector<Period> trendMonths(const Period& period);

private:
    Database& m_db;
    MetricsEngine m_engine;
};

} // namespace rapport::core
