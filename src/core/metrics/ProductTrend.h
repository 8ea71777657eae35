#pragma once

// ProductTrend: complaints per 100 purchases of each product, month by month over the twelve
// months that end with a period (the dashboard's Products chart).
//   Result<ProductTrend> t = ProductTrend::compute(database, period, scope);
// Counts follow metrics.md "Products" (purchases with amount >= 0); a month without purchases
// has no rate. The SQL is in storage/ProductMetricsStore::byBucket; with a cache, only the
// months it does not hold yet are read (and then kept in it).

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;
class ProductTrendCache;

struct ProductTrend
{
    struct Series
    {
        QString externalId;
        QString name;
        bool active = true;
        std::vector<std::optional<double>> complaintsPer100Purchases; // one per month
        qint64 purchases = 0;                                         // over the months
        qint64 complaints = 0;                                        // over the months
    };

    std::vector<Period> months;   // oldest first
    std::vector<Series> products; // those with a purchase or a complaint, most complaints first

    static Result<ProductTrend> compute(Database& db, const Period& period, const Scope& scope = Scope::all(),
                                        int monthCount = 12, ProductTrendCache* cache = nullptr);
};

} // namespace rapport::core
