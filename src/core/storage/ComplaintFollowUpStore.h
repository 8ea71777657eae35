#pragma once

#include "common/Result.h"

#include <QString>
#include <map>

namespace rapport::core {

class Database;

// Survey aggregates the self-view needs beyond the metrics contract.
class ComplaintFollowUpStore
{
public:
    explicit ComplaintFollowUpStore(Database& db) : m_db(db) {}

    struct CsatCounts
    {
        qint64 satisfied = 0; // score >= 4
        qint64 total = 0;
    };
    // CSAT after complaints, per owning rep (customers.owner): CSAT responses with
    // start <= responded_at < end from a customer who complained in the `windowSeconds`
    // before answering (complaint at t with t <= responded_at <= t + window).
    Result<std::map<QString, CsatCounts>> csatAfterComplaintsByOwner(qint64 start, qint64 end,
                                                                     qint64 windowSeconds) const;

    // The statement behind it: owner, satisfied, total; parameters :s, :e and :w (the window).
    // The team server's aggregate function for reps is generated from the same text.
    static QString csatAfterComplaintsSql();

private:
    Database& m_db;
};

} // namespace rapport::core
