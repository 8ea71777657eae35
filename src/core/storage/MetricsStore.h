#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QString>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;
class SqlDialect;

// The SQL behind the metrics engine: typed aggregates over [start, end) in unix seconds
// (UTC) for a scope. Nothing here interprets the figures; MetricsEngine does that.
// Runs on the raw SQLite handle with bound parameters only; on a team server the series' rows
// are grouped by period there (ServerMetricsSql), so that counts rather than rows cross the socket.
class MetricsStore
{
public:
    explicit MetricsStore(Database& db) : m_db(db) {}

    // Count of responses per score: csat[1..5], nps[0..10], ces[1..7] (index = score).
    struct SurveyCounts
    {
        std::array<qint64, 11> csat{};
        std::array<qint64, 11> nps{};
        std::array<qint64, 11> ces{};
    };
    Result<SurveyCounts> surveyCounts(qint64 start, qint64 end, const Scope& scope) const;
    // The same for consecutive periods [b0, b1), [b1, b2), ... in one pass (boundaries ascending).
    Result<std::vector<SurveyCounts>> surveySeries(const std::vector<qint64>& boundaries,
                                                   const Scope& scope) const;

    // A customer is a customer over [acq, ch) and again from ret (returned_at) on; ret >= ch
    // (a CHECK of the schema), so the two spans never overlap.
    struct BaseCounts
    {
        // With ch the latest churn and ret its return; an earlier churn and its return
        // (past_churns) take the customer away over [its ch, its ret) as well.
        qint64 atStart = 0;          // (acq < start and (ch null or ch >= start)) or ret < start
        qint64 atEnd = 0;            // the same at end
        qint64 acquired = 0;         // start <= acq < end, plus the returns with start <= ret < end
        qint64 churned = 0;          // start <= ch < end
        qint64 active = 0;           // (acq < end and (ch null or ch >= start)) or ret < end
        qint64 churnedFromStart = 0; // acq < start and start <= ch < end
    };
    Result<BaseCounts> customerBase(qint64 start, qint64 end, const Scope& scope) const;
    // One pass over the customers (index customers_base) for consecutive periods.
    Result<std::vector<BaseCounts>> baseSeries(const std::vector<qint64>& boundaries,
                                               const Scope& scope) const;

    struct RevenueTotals
    {
        qint64 revenueCents = 0;    // every purchase, refunds included
        qint64 purchases = 0;       // purchases with amount >= 0
        qint64 payingCustomers = 0; // distinct customers with such a purchase
        qint64 repeatCustomers = 0; // customers with two or more
    };
    // withCustomers = false skips the per-customer grouping (paying / repeat stay 0).
    Result<RevenueTotals> revenue(qint64 start, qint64 end, const Scope& scope,
                                  bool withCustomers = true) const;
    // Revenue and purchase counts (no per-customer figures) for consecutive periods in one pass.
    Result<std::vector<RevenueTotals>> revenueSeries(const std::vector<qint64>& boundaries,
                                                     const Scope& scope) const;

    struct FollowUpCounts
    {
        qint64 purchases = 0; // purchases in [start, end) with amount >= 0
        qint64 followed = 0;  // of those, followed by a follow_up in (t, t + window]
        // Of the others, those whose window is still open at `now` (t >= now - window):
        // they may yet be followed up, so the period's rate is not final.
        qint64 stillOpen = 0;
    };
    // A sweep over purchases and follow-ups in time order: memory holds the purchases of
    // one window, not of the period.
    Result<FollowUpCounts> followUps(qint64 start, qint64 end, qint64 windowSeconds, const Scope& scope,
                                     qint64 now) const;

    struct ComplaintTotals
    {
        qint64 count = 0;
        qint64 open = 0;                       // without resolved_at
        std::map<QString, qint64> byCategory;  // empty category -> "uncategorized"
        std::vector<qint64> resolutionSeconds; // sorted ascending, one per resolved complaint
        // Their median: the middle one, or half the sum of the two middle ones.
        std::optional<double> resolutionMedianSeconds;
    };
    Result<ComplaintTotals> complaints(qint64 start, qint64 end, const Scope& scope) const;

    // (The cohort table's counts: CohortStore.)

    // The statements above, as text: the rows each aggregate is made of, for `scope` on
    // `dialect`, with the named parameters :s, :e (the span), :scope (when the scope has a
    // value) and, for surveys, :kind. The team server's aggregate functions (TeamAggregateSql)
    // are generated from these same texts, so the figures a rep gets for the team are counted
    // from the rows a manager's engine reads.
    static QString surveyRowsSql(const Scope& scope); // responded_at, score
    static QString baseRowsSql(const Scope& scope);   // acquired_at, churned_at, returned_at
    // The earlier churns (past_churns) of the scope's customers before :e: churned_at,
    // returned_at, stayed_from (when the stay that churn ended began: the return before it, or
    // acquired_at), acquired_at, and current_churn (customers.churned_at on the customer's
    // latest earlier churn, NULL on the others).
    static QString pastChurnRowsSql(const Scope& scope);
    static QString purchaseRowsSql(const SqlDialect& dialect,
                                   const Scope& scope); // occurred_at, amount_cents, customer_id
    static QString followUpPurchaseRowsSql(const SqlDialect& dialect,
                                           const Scope& scope);                    // occurred_at, customer_id
    static QString followUpRowsSql(const SqlDialect& dialect, const Scope& scope); // occurred_at, customer_id
    static QString complaintRowsSql(const SqlDialect& dialect, const Scope& scope); // category, resolution
    // What a complaint's stored category counts as: trimmed, "uncategorized" when empty.
    static QString categoryKey(const QByteArray& stored);

private:
    Database& m_db;
};

// Every aggregate one scope's figures are made of, as MetricsStore counts them. A team server
// hands a rep these counts for the whole team (TeamAggregateStore), never the rows behind them.
struct MetricsCounts
{
    MetricsStore::SurveyCounts surveys;
    MetricsStore::BaseCounts base;
    MetricsStore::RevenueTotals revenue;
    MetricsStore::FollowUpCounts followUps;
    MetricsStore::ComplaintTotals complaints; // resolutionSeconds may be left empty
};

} // namespace rapport::core
