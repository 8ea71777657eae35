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

std::optional<double> MetricsResult::value(Metric metric) const
{
    auto count = [](qint64 n) { return std::optional<double>(static_cast<double>(n)); };
    switch (metric) {
    case Metric::Csat:
        return csat;
    case Metric::CsatMean:
        return csatMean;
    case Metric::Nps:
        return nps;
    case Metric::Ces:
        return ces;
    case Metric::CustomersStart:
        return count(customersStart);
    case Metric::CustomersEnd:
        return count(customersEnd);
    case Metric::CustomersNew:
        return count(customersNew);
    case Metric::CustomersChurned:
        return count(customersChurned);
    case Metric::CustomersActive:
        return count(customersActive);
    case Metric::RetentionRate:
        return retentionRate;
    case Metric::ChurnRate:
        return churnRate;
    case Metric::Revenue:
        return static_cast<double>(revenueCents) / 100.0;
    case Metric::RevenuePerCustomer:
        return money(revenuePerCustomerCents);
    case Metric::RevenuePerPayingCustomer:
        return money(revenuePerPayingCustomerCents);
    case Metric::RepeatPurchaseRate:
        return repeatPurchaseRate;
    case Metric::FollowUpRate:
        return followUpRate;
    case Metric::Complaints:
        return count(complaints);
    case Metric::ComplaintRate:
        return complaintRate;
    case Metric::ResolutionHoursMedian:
        return resolutionHoursMedian;
    case Metric::OpenComplaints:
        return count(openComplaints);
    case Metric::Responses:
    case Metric::ComplaintsByCategory:
        break; // objects: one number per sub-key
    }
    return std::nullopt;
}

std::optional<double> MetricsResult::value(const QString& key) const
{
    const MetricDescription* d = MetricCatalogue::find(key);
    if (!d)
        return std::nullopt;
    if (!d->object)
        return value(d->key);
    auto count = [](qint64 n) { return std::optional<double>(static_cast<double>(n)); };
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
