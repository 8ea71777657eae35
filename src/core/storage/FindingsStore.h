#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace rapport::core {

class Database;

// The aggregates and record lists the findings engine needs beyond the metrics contract.
// Every query restricts customers by the scope first (metrics.md, "Scope"); instants are
// unix seconds, periods half-open [start, end).
class FindingsStore
{
public:
    explicit FindingsStore(Database& db) : m_db(db) {}

    enum class GroupBy { Owner, Segment };
    enum class Measure {
        Csat,     // successes = CSAT responses with score >= 4, total = CSAT responses
        FollowUp, // successes = purchases (amount >= 0) followed up within the window, total = purchases
    };
    struct GroupCounts
    {
        QString group; // rep id or segment; customers without one are left out
        qint64 successes = 0;
        qint64 total = 0;
    };
    // One row per owner or segment, in group order, aggregated in SQL.
    Result<std::vector<GroupCounts>> groupCounts(Measure measure, GroupBy by, qint64 start, qint64 end,
                                                 const Scope& scope, qint64 windowSeconds) const;

    struct SurveyCounts
    {
        qint64 csatSatisfied = 0; // score >= 4
        qint64 csatTotal = 0;
        qint64 npsPromoters = 0;  // 9..10
        qint64 npsDetractors = 0; // 0..6
        qint64 npsTotal = 0;
    };
    Result<SurveyCounts> surveyCounts(qint64 start, qint64 end, const Scope& scope) const;

    // The segments of the customers in scope (non-empty, sorted).
    Result<QStringList> segments(const Scope& scope) const;
    // Customers acquired in [start, end) by owner (rep id), aggregated in SQL; customers
    // without an owner are left out.
    Result<std::map<QString, qint64>> newCustomersByOwner(qint64 start, qint64 end, const Scope& scope) const;

    struct Comment
    {
        bool complaint = false; // true: interactions.notes of a complaint; false: a survey comment
        qint64 id = 0;          // interaction or survey response id
        qint64 customerId = 0;
        QString text;
    };
    // Streams the non-empty complaint notes and survey comments in [start, end): complaints
    // first, each table in id order, on both engines.
    Status forEachComment(qint64 start, qint64 end, const Scope& scope,
                          const std::function<void(const Comment&)>& visit) const;

    struct IdList
    {
        std::vector<qint64> ids; // ascending, at most `limit`
        qint64 total = 0;
    };
    // Complaints of one category ("uncategorized" = empty category).
    Result<IdList> complaintIds(const QString& category, qint64 start, qint64 end, const Scope& scope,
                                int limit) const;
    // CSAT responses with score <= 3 from the customers of one owner or segment.
    Result<IdList> unsatisfiedCsatIds(GroupBy by, const QString& group, qint64 start, qint64 end,
                                      int limit) const;
    // Purchases (amount >= 0) of one owner's or segment's customers with no follow-up in the window.
    Result<IdList> purchasesWithoutFollowUpIds(GroupBy by, const QString& group, qint64 start, qint64 end,
                                               qint64 windowSeconds, int limit) const;
    // Complaints naming the product with this external id.
    Result<IdList> productComplaintIds(const QString& productExternalId, qint64 start, qint64 end,
                                       const Scope& scope, int limit) const;
    // Customers in scope who churned in [start, end) giving this reason key ("unknown": none).
    Result<IdList> churnedWithReasonIds(const QString& reason, qint64 start, qint64 end, const Scope& scope,
                                        int limit) const;
    // Customers in scope who churned in [start, end).
    Result<IdList> churnedCustomerIds(qint64 start, qint64 end, const Scope& scope, int limit) const;

    // The names of the customers behind some records ("interactions", "survey_responses" or
    // "customers" ids), at most `limit`, in id order of the records.
    Result<QStringList> customerNames(const QString& table, const std::vector<qint64>& ids, int limit) const;

private:
    Result<IdList> ids(const QString& statement, const QVariantList& values, int limit) const;
    Database& m_db;
};

} // namespace rapport::core
