#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QString>
#include <map>
#include <vector>

namespace rapport::core {

class Database;

// The SQL behind the churn figures (metrics.md, "Churn reasons and win-back"): the customers
// of a scope who churned in [start, end) (unix seconds, UTC), counted by their stored reason,
// and of those the ones with a purchase (amount >= 0) in (churned_at, churned_at + window].
// Nothing here interprets the counts; ChurnFigures does that.
class ChurnMetricsStore
{
public:
    explicit ChurnMetricsStore(Database& db) : m_db(db) {}

    struct ReasonCounts
    {
        qint64 churned = 0;
        qint64 wonBack = 0;
    };
    // By churn_reason as stored; the empty key holds the customers without one.
    using Answer = std::map<QString, ReasonCounts>;

    Result<Answer> counts(qint64 start, qint64 end, qint64 windowSeconds, const Scope& scope) const;

    // The same counts split by the customers' owner or segment (empty: none), for the
    // dashboard's tables: group → reason → counts.
    enum class Grouping { Owner, Segment };
    using GroupedAnswer = std::map<QString, Answer>;
    Result<GroupedAnswer> countsBy(Grouping grouping, qint64 start, qint64 end, qint64 windowSeconds,
                                   const Scope& scope) const;

    // Churned customers per reason and bucket [bounds[k], bounds[k+1]) of churned_at.
    using ReasonBuckets = std::map<QString, std::vector<qint64>>;
    Result<ReasonBuckets> reasonsByBucket(const std::vector<qint64>& bounds, const Scope& scope) const;

private:
    Database& m_db;
};

} // namespace rapport::core
