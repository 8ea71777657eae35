#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The records behind a dashboard figure (metrics.md definitions, same period and scope
// rules as MetricsStore), so a manager can see exactly what a number is made of.
// Also the lists the dashboard's scope picker offers. Bound parameters only.
class DrillDownStore
{
public:
    enum class Records {
        // survey_responses in [start, end) of `survey` ("" = every kind).
        // Columns: id, responded_at, customer_id, customer, survey, score, comment.
        Responses,
        // interactions of kind complaint in [start, end).
        // Columns: id, occurred_at, customer_id, customer, rep, category, resolved_at.
        Complaints,
        // interactions of kind purchase in [start, end), refunds included, with whether each
        // (amount >= 0) was followed by a follow_up within the window.
        // Columns: id, occurred_at, customer_id, customer, rep, amount_cents, followed_up.
        Purchases,
        // customers at the start of the period (S of retention_rate), with whether they are
        // still customers at the end. Columns: id, customer, segment, owner, acquired_at,
        // churned_at, retained.
        CustomersAtStart,
        // customers counted by churn_rate: acq < start and start <= ch < end.
        // Columns as CustomersAtStart.
        ChurnedCustomers,
        // customers_active: acq < end and (ch null or ch >= start). Columns as CustomersAtStart.
        ActiveCustomers,
    };

    struct Table
    {
        std::vector<QVariantList> rows; // instants as UTC QDateTime, NULLs as invalid QVariant
        qint64 total = 0;               // every matching record, even beyond the limit
    };

    explicit DrillDownStore(Database& db) : m_db(db) {}

    // At most `limit` rows (newest first for events, by name for customers), and the total.
    Result<Table> records(Records what, qint64 start, qint64 end, const Scope& scope,
                          const QString& survey = {}, qint64 followUpWindowSeconds = 14 * 86400,
                          int limit = 5000) const;

    // Distinct non-empty customer segments, by name.
    Result<QStringList> segments() const;

private:
    Database& m_db;
};

} // namespace rapport::core
