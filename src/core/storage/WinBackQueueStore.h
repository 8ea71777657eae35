#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "domain/WinBack.h"

#include <vector>

namespace rapport::core {

class Database;

// The SQL behind the win-back queue (metrics.md, "The win-back queue"): the customers of a
// scope who churned in [from, now) (unix seconds, UTC), have not come back (returned_at) and
// have made no purchase (amount >= 0) after churned_at; by the revenue of their last 365 days
// before churned_at (refunds included), highest first, then by name. One statement on either
// engine; each customer's revenue and latest outreach are read from the indexes on
// (customer, time).
class WinBackQueueStore
{
public:
    explicit WinBackQueueStore(Database& db) : m_db(db) {}

    // limit < 0: every row (offset ignored).
    Result<std::vector<WinBackEntry>> rows(qint64 from, qint64 now, const Scope& scope, int limit = -1,
                                           qint64 offset = 0) const;

private:
    Database& m_db;
};

} // namespace rapport::core
