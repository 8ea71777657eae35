#include "metrics/MetricsResult.h"

namespace rapport::core {
namespace {

std::optional<double> money(std::optional<double> cents)
{
    if (!cents)
        return std::nullopt;
    return *cents / 100.0;
}

} // namespace

std::optional<double> MetricsResult::value(const QString& key) const
{
    auto count = [](qint64 n) { return std::optional<double>(static_cast<double>(n)); };
    if (key == QLatin1String("csat"))
        return csat;
    if (key == QLatin1String("csat_mean"))
        return csatMean;
    if (key == QLatin1String("nps"))
        return nps;
    if (key == QLatin1String("ces"))
        return ces;
    if (key == QLatin1String("customers_start"))
        return count(customersStart);
    if (key == QLatin1String("customers_end"))
        return count(customersEnd);
    if (key == QLatin1String("customers_new"))
        return count(customersNew);
    if (key == QLatin1String("customers_churned"))
        return count(customersChurned);
    if (key == QLatin1String("customers_active"))
        return count(customersActive);
    if (key == QLatin1String("retention_rate"))
        return retentionRate;
    if (key == QLatin1String("churn_rate"))
        return churnRate;
    if (key == QLatin1String("revenue"))
        return static_cast<double>(revenueCents) / 100.0;
    if (key == QLatin1String("revenue_per_customer"))
        return money(revenuePerCustomerCents);
    if (key == QLatin1String("revenue_per_paying_customer"))
        return money(revenuePerPayingCustomerCents);
    if (key == QLatin1String("repeat_purchase_rate"))
        return repeatPurchaseRate;
    if (key == QLatin1String("follow_up_rate"))
        return followUpRate;
    if (key == QLatin1String("complaints"))
        return count(complaints);
    if (key == QLatin1String("complaint_rate"))
        return complaintRate;
    if (key == QLatin1String("resolution_hours_median"))
        return resolutionHoursMedian;
    if (key == QLatin1String("open_complaints"))
        return count(openComplaints);
    if (key.startsWith(QLatin1String("responses."))) {
        const auto it = responses.find(key.mid(10));
        return it == responses.end() ? std::nullopt : count(it->second);
    }
    if (key.startsWith(QLatin1String("complaints_by_category."))) {
        const auto it = complaintsByCategory.find(key.mid(23));
        return count(it == complaintsByCategory.end() ? 0 : it->second);
    }
    return std::nullopt;
}

} // namespace rapport::core
