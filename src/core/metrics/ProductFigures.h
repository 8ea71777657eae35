#pragma once

// ProductFigures: the per-product figures of metrics.md "Products" for one period and scope.
//   Result<ProductFigures> f = ProductFigures::compute(database, period, scope);
// Every product of the catalogue is listed (retired ones too, zeros included), ordered by
// external id, and `unassigned` holds the rows that name no product. The SQL lives in
// storage/ProductMetricsStore; this class only turns its counts into figures.

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The figures of one product, or of the rows without one.
struct ProductLine
{
    qint64 purchases = 0;    // purchases: kind purchase with amount >= 0
    qint64 buyers = 0;       // buyers: distinct customers with such a purchase
    qint64 revenueCents = 0; // revenue: every purchase amount, refunds included
    qint64 refunds = 0;      // refunds: purchases with amount < 0
    qint64 complaints = 0;   // complaints
    qint64 support = 0;      // support

    // complaints_per_100_purchases: 100 * complaints / purchases; empty when purchases = 0.
    std::optional<double> complaintsPer100Purchases() const;
};

struct ProductFigures
{
    struct Product
    {
        QString externalId;
        QString name;
        QString category;
        bool active = true;
        ProductLine figures;
    };

    Period period;
    Scope scope;
    std::vector<Product> products; // the whole catalogue, by external id
    ProductLine unassigned;

    static Result<ProductFigures> compute(Database& db, const Period& period,
                                          const Scope& scope = Scope::all());

    // The JSON of `products --format json` (interchange.md): {"period": {start, end},
    // "products": {"EXT_ID": {"name", the keys of metrics.md}}, "unassigned": {the keys}},
    // money in currency units, the ratio unrounded or null.
    QJsonObject toJson() const;
    static QJsonObject lineJson(const ProductLine& line);
};

} // namespace rapport::core
