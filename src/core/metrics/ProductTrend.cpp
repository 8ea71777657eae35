#include "metrics/ProductTrend.h"

#include "metrics/ProductTrendCache.h"
#include "metrics/TrailingMonths.h"
#include "storage/ProductMetricsStore.h"
#include "storage/ProductRepository.h"

#include <algorithm>
#include <map>

namespace rapport::core {

Result<ProductTrend> ProductTrend::compute(Database& db, const Period& period, const Scope& scope,
                                           int monthCount, ProductTrendCache* cache)
{
    ProductTrend trend;
    trend.months = trailingMonths(period, monthCount);
    const std::size_t n = trend.months.size();
    std::vector<ProductTrendCache::Month> byMonth(n); // counts by product row id
    std::vector<bool> kept(n, false);
    for (std::size_t k = 0; cache && k < n; ++k) {
        if (const auto* month =
                cache->find(scope, trend.months[k].startSeconds(), trend.months[k].endSeconds())) {
            byMonth[k] = *month;
            kept[k] = true;
        }
    }
    // The months not kept are read in one go, from the first to the last of them: a change of
    // period leaves the kept ones at one end, so nothing is read twice then.
    const auto first = std::find(kept.begin(), kept.end(), false);
    if (first != kept.end()) {
        const auto from = static_cast<std::size_t>(first - kept.begin());
        const auto to =
            n - static_cast<std::size_t>(std::find(kept.rbegin(), kept.rend(), false) - kept.rbegin());
        std::vector<qint64> bounds{trend.months[from].startSeconds()};
        for (std::size_t k = from; k < to; ++k)
            bounds.push_back(trend.months[k].endSeconds());
        auto read = ProductMetricsStore(db).byBucket(bounds, scope);
        if (!read)
            return read.error();
        for (std::size_t k = from; k < to; ++k)
            byMonth[k].clear();
        for (const auto& [product, series] : *read) {
            for (std::size_t j = 0; j < series.size() && from + j < to; ++j)
                byMonth[from + j][product] = {series[j].purchases, series[j].complaints};
        }
        for (std::size_t k = from; cache && k < to; ++k)
            cache->store(scope, trend.months[k].startSeconds(), trend.months[k].endSeconds(), byMonth[k]);
    }
    // Per product row id, one count per month (zeros where the product has no row).
    std::map<qint64, std::vector<ProductTrendCache::Counts>> buckets;
    for (std::size_t k = 0; k < n; ++k) {
        for (const auto& [product, c] : byMonth[k]) {
            std::vector<ProductTrendCache::Counts>& series = buckets[product];
            series.resize(n);
            series[k] = c;
        }
    }
    if (buckets.empty())
        return trend;
    // Names from the catalogue (small); the counts name products by row id.
    auto catalogue = ProductRepository(db).list(true);
    if (!catalogue)
        return catalogue.error();
    for (const Product& p : *catalogue) {
        const auto it = buckets.find(p.id);
        if (it == buckets.end())
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
