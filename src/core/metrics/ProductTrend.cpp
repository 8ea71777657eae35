#include "metrics/ProductTrend.h"

#include "metrics/TrailingMonths.h"
#include "storage/ProductMetricsStore.h"
#include "storage/ProductRepository.h"

#include <algorithm>

namespace rapport::core {

Result<ProductTrend> ProductTrend::compute(Database& db, const Period& period, const Scope& scope,
                                           int monthCount)
{
    ProductTrend trend;
    trend.months = trailingMonths(period, monthCount);
    ProductMetricsStore store(db);
    auto buckets = store.byBucket(monthBounds(trend.months), scope);
    if (!buckets)
        return buckets.error();
    if (buckets->empty())
        return trend;
    // Names from the catalogue (small); the counts name products by row id.
    auto catalogue = ProductRepository(db).list(true);
    if (!catalogue)
        return catalogue.error();
    for (const Product& p : *catalogue) {
        const auto it = buckets->find(p.id);
        if (it == buckets->end())
            continue;
        Series s;
        s.externalId = p.externalId;
        s.name = p.name;
        s.active = p.active;
        for (const auto& month : it->second) {
            s.purchases += month.purchases;
            s.complaints += month.complaints;
            s.complaintsPer100Purchases.push_back(
                month.purchases > 0 ? std::optional<double>(100.0 * static_cast<double>(month.complaints) /
                                                            static_cast<double>(month.purchases))
                                    : std::nullopt);
        }
        if (s.purchases + s.complaints > 0) // support rows alone draw no line
            trend.products.push_back(std::move(s));
    }
    std::stable_sort(trend.products.begin(), trend.products.end(),
                     [](const Series& a, const Series& b) { return a.complaints > b.complaints; });
    return trend;
}

} // namespace rapport::core
