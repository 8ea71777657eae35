#pragma once

#include <QVariant>
#include <vector>

namespace rapport::core {

// Which records make up a dashboard figure (metrics.md definitions, same period and scope
// rules as the metrics), so a manager can see exactly what a number is made of. People are
// named as the window names them: `customer` is the customer's name, `rep` and `owner` the
// rep's display name (their id when the name is empty; NULL when there is none). The ids
// stay in the rows for opening a record, not for showing.
enum class DrillDownRecords {
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
    // retained: still customers at the end and not back only during the period (a return
    // counts as a new customer: the retained ones are E - N). Columns: id, customer,
    // segment, owner, acquired_at, churned_at, retained.
    CustomersAtStart,
    // customers counted by churn_rate: acq < start and start <= ch < end.
    // Columns as CustomersAtStart.
    ChurnedCustomers,
    // customers_active: (acq < end and (ch null or ch >= start)) or ret < end. Columns as
    // CustomersAtStart.
    ActiveCustomers,
};

// The column of a row that holds the customer's id (customers.id).
constexpr int drillDownCustomerIdColumn(DrillDownRecords records)
{
    switch (records) {
    case DrillDownRecords::Responses:
    case DrillDownRecords::Complaints:
    case DrillDownRecords::Purchases:
        return 2;
    case DrillDownRecords::CustomersAtStart:
    case DrillDownRecords::ChurnedCustomers:
    case DrillDownRecords::ActiveCustomers:
        break;
    }
    return 0;
}

struct DrillDownTable
{
    std::vector<QVariantList> rows; // instants as UTC QDateTime, NULLs as invalid QVariant
    qint64 total = 0;               // every matching record, even beyond the limit
};

} // namespace rapport::core
