#pragma once

// MetricsEngine: the single source of every figure of /shared/spec/metrics.md.
// The GUI, the command line and reports call it; nobody recomputes figures on the side.
//
// Public API (stable):
//   MetricsEngine engine(database, clock);                  // clock: goals; open follow-up windows
//   Result<MetricsResult>     engine.compute(period, scope);  // every key for [start, end)
//   Result<MetricsComparison> engine.compare(period, scope);  // period and period.previous()
//   Result<Trend>             engine.trend(key, from, to, Period::Step::Month, scope);
//   Result<std::vector<Trend>> engine.trends({keys...}, from, to, step, scope); // shared passes
//   Result<std::vector<MetricsResult>> engine.computeSeries(periods, scope, parts);
//   Result<CohortTable>       engine.cohorts(fromMonth, toMonth, scope);
//   Result<int>               engine.followUpWindowDays();   // setting, default 14
//   MetricsEngine::keys(), isScalarKey(key), isMoneyKey(key), isAdditiveKey(key) (keys,
//   money and additive come from metrics/MetricCatalogue, with titles, units, directions)
// Periods: Period::parse("2026-Q3") etc. (metrics/Period.h). Scopes: Scope::all(),
// Scope::rep(id), Scope::segment(name) (domain/Scope.h). Results: MetricsResult.h;
// MetricsResult::value(key) gives any scalar key as a double (money in currency units).
// All SQL lives in storage/MetricsStore; this class only turns aggregates into figures.

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/CohortTable.h"
#include "metrics/MetricsComparison.h"
#include "metrics/MetricsResult.h"
#include "metrics/Period.h"
#include "metrics/Trend.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

class Clock;
class Database;
struct MetricsCounts;

class MetricsEngine
{
public:
    // The settings key (SettingsRepository) of the follow-up window in whole days.
    static constexpr const char* kFollowUpWindowSetting = "follow_up_window_days";
    static constexpr int kDefaultFollowUpWindowDays = 14;

    // Which aggregates a computation needs; compute() with all of them is the full result.
    enum Part : unsigned {
        Surveys = 1u << 0,
        Base = 1u << 1,
        Revenue = 1u << 2,
        PayingCustomers = 1u << 3,
        FollowUps = 1u << 4,
        Complaints = 1u << 5,
        AllParts = 0x3fu,
    };

    MetricsEngine(Database& db, const Clock& clock);

    // Every key of the contract, in its order ("responses" and "complaints_by_category"
    // are objects; the others scalars).
    static const QStringList& keys();
    static bool isKey(const QString& key);
    // Keys with one number: every key but responses / complaints_by_category, plus the
    // sub-keys "responses.csat|nps|ces" and "complaints_by_category.NAME".
    static bool isScalarKey(const QString& key);
    // The scalar keys for messages and pickers, "complaints_by_category.CATEGORY" standing
    // for the category keys; isScalarKey() accepts exactly these.
    static const QStringList& scalarKeys();

    // The most points of a trend, and the most months of a cohort table and of a cohort's
    // row: a century of months is more than any chart shows, and more is almost always a
    // mistyped year (1900 for 2019) that would only cost memory.
    static constexpr std::size_t kMaxSteps = 1200;
    // Ok, or the error trends() / cohorts() give for these bounds (the CLI checks first, so
    // that it can report a usage error).
    static Status checkTrendRange(const Period& from, const Period& to, Period::Step by);
    static Status checkCohortRange(const Period& fromMonth, const Period& toMonth);
    static bool isMoneyKey(const QString& key); // revenue, revenue_per_*
    // Sums over time (revenue, complaints, new/churned customers, open complaints, response
    // and category counts): goals project them linearly. Ratios and stock counts are not.
    static bool isAdditiveKey(const QString& key);
    // The parts a key needs (0 for an unknown key).
    static unsigned partsFor(const QString& key);

    Result<MetricsResult> compute(const Period& period, const Scope& scope = Scope::all(),
                                  unsigned parts = AllParts) const;
    // The figures of several periods; consecutive periods (each starting where the previous
    // one ends) share one pass of the store for surveys, the customer base and revenue.
    Result<std::vector<MetricsResult>> computeSeries(const std::vector<Period>& periods,
                                                     const Scope& scope = Scope::all(),
                                                     unsigned parts = AllParts) const;
    Result<MetricsComparison> compare(const Period& period, const Scope& scope = Scope::all()) const;
    // One point per month or quarter from the one containing from.start() to the one
    // containing the last instant of `to`. Fails for a key that is not scalar.
    Result<Trend> trend(const QString& key, const Period& from, const Period& to, Period::Step by,
                        const Scope& scope = Scope::all()) const;
    // Several trends over the same steps, computed together (the dashboard's case).
    Result<std::vector<Trend>> trends(const QStringList& keys, const Period& from, const Period& to,
                                      Period::Step by, const Scope& scope = Scope::all()) const;
    // Cohorts whose month lies from the month containing fromMonth.start() to the one
    // containing the last instant of toMonth.
    Result<CohortTable> cohorts(const Period& fromMonth, const Period& toMonth,
                                const Scope& scope = Scope::all()) const;

    // Every figure of the contract from the counts they are made of (storage/MetricsStore.h),
    // as compute() makes them: the team's figures a rep's login gets from the server.
    static MetricsResult fromCounts(const Period& period, const Scope& scope, const MetricsCounts& counts);
    // 100 * part / whole, as every share of the contract is made (none for a whole of 0).
    static std::optional<double> percentOf(qint64 part, qint64 whole);

    Result<int> followUpWindowDays() const;
    static Status setFollowUpWindowDays(Database& db, int days);

    const Clock& clock() const { return m_clock; }
    Database& database() const { return m_db; }

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rapport::core
