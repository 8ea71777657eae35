#pragma once

#include "domain/Scope.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/Period.h"

#include <QString>
#include <map>
#include <optional>

namespace rapport::core {

// Every figure of metrics.md for one period and scope. Ratios are std::optional: empty
// (std::nullopt) is not zero. Money is integer cents; per-customer money is a ratio in
// cents. Keys of the contract map to fields as noted; value(key) reads them by key.
struct MetricsResult
{
    Period period;
    Scope scope;

    // Survey metrics
    std::optional<double> csat;     // csat: 100 * count(score >= 4) / count
    std::optional<double> csatMean; // csat_mean
    std::optional<double> nps;      // nps: 100 * (promoters - detractors) / count
    std::optional<double> ces;      // ces: mean score, 1..7
    std::map<QString, qint64> responses{
        {QStringLiteral("csat"), 0}, {QStringLiteral("nps"), 0}, {QStringLiteral("ces"), 0}};

    // Customer base
    qint64 customersStart = 0;           // customers_start (S)
    qint64 customersEnd = 0;             // customers_end (E)
    qint64 customersNew = 0;             // customers_new (N)
    qint64 customersChurned = 0;         // customers_churned
    qint64 customersActive = 0;          // customers_active
    std::optional<double> retentionRate; // retention_rate: 100 * (E - N) / S
    std::optional<double> churnRate;     // churn_rate

    // Revenue
    qint64 revenueCents = 0;                             // revenue
    std::optional<double> revenuePerCustomerCents;       // revenue_per_customer
    std::optional<double> revenuePerPayingCustomerCents; // revenue_per_paying_customer
    std::optional<double> repeatPurchaseRate;            // repeat_purchase_rate
    qint64 purchases = 0;                                // purchases with amount >= 0 (not a contract key)
    qint64 payingCustomers = 0; // distinct customers with such a purchase (not a contract key)

    // Follow-up and complaints
    std::optional<double> followUpRate; // follow_up_rate
    // Purchases of the period not followed up yet whose window is still open at the
    // engine's clock: while there are any, follow_up_rate can still rise (not a contract key).
    qint64 followUpsStillOpen = 0;
    qint64 complaints = 0;                          // complaints
    std::optional<double> complaintRate;            // complaint_rate
    std::map<QString, qint64> complaintsByCategory; // complaints_by_category
    std::optional<double> resolutionHoursMedian;    // resolution_hours_median
    qint64 openComplaints = 0;                      // open_complaints

    // The value of a scalar key of the contract, as reports show it: money in currency
    // units (revenue 1234.5, not 123450 cents), counts as numbers, empty ratios nullopt.
    // Also "responses.csat" and "complaints_by_category.NAME". Unknown keys: nullopt.
    std::optional<double> value(const QString& key) const;
    // The same for a scalar metric of the catalogue; nullopt for the two objects.
    std::optional<double> value(Metric metric) const;
};

} // namespace rapport::core
