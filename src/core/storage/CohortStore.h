#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The counts behind the cohort table (metrics.md, "Cohort retention"): customers by the month
// of their first purchase (amount >= 0), and per later month how many of them bought in it.
// On a file the purchases stream in customer order and are counted one customer at a time. On a
// team server each customer's months come back as one row (the first purchase and a bit per
// month), so that a customer rather than each purchase crosses the socket. Nothing here
// interprets the counts; MetricsEngine does that.
class CohortStore
{
public:
    explicit CohortStore(Database& db) : m_db(db) {}

    struct Counts
    {
        qint64 firstMonth = 0; // the first cohort month of the table
        // For each cohort month from firstMonth: its size and, per offset k, the number of its
        // customers with a purchase in month firstMonth + i + k (up to lastDataMonth, and
        // fewer than maxOffsets).
        std::vector<qint64> sizes;
        std::vector<std::vector<qint64>> active;
        std::optional<qint64> lastDataMonth; // the last month with a purchase (amount >= 0)
    };
    // Cohorts whose month index (year * 12 + month - 1) lies in [fromMonth, toMonth]
    // (inclusive), offsets below maxOffsets (at least 1).
    Result<Counts> counts(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets, const Scope& scope) const;

private:
    Result<Counts> streamed(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets, const Scope& scope) const;
    Result<Counts> perCustomer(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets, const Scope& scope) const;

    Database& m_db;
};

} // namespace rapport::core
