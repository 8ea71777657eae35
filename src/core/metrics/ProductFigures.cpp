#include "metrics/ProductFigures.h"

#include "metrics/MetricsJson.h"
#include "storage/ProductMetricsStore.h"

namespace rapport::core {
namespace {

ProductLine lineFrom(const ProductMetricsStore::Counts& c)
{
    ProductLine line;
    line.purchases = c.purchases;
    line.buyers = c.buyers;
    line.revenueCents = c.revenueCents;
    line.refunds = c.refunds;
    line.complaints = c.complaints;
    line.support = c.support;
    return line;
}

} // namespace

std::optional<double> ProductLine::complaintsPer100Purchases() const
{
    // No purchases: no rate, not zero (complaints without purchases are not "none per 100").
    if (purchases == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(complaints) / static_cast<double>(purchases);
}

Result<ProductFigures> ProductFigures::compute(Database& db, const Period& period, const Scope& scope)
{
    auto counts = ProductMetricsStore(db).counts(period.startSeconds(), period.endSeconds(), scope);
    if (!counts)
        return counts.error();
    ProductFigures f;
    f.period = period;
    f.scope = scope;
    f.unassigned = lineFrom(counts->unassigned);
    f.products.reserve(counts->products.size());
    for (const ProductMetricsStore::ProductCounts& p : counts->products)
        f.products.push_back({p.externalId, p.name, p.category, p.active, lineFrom(p.counts)});
    return f;
}

QJsonObject ProductFigures::lineJson(const ProductLine& line)
{
    // Money in currency units, as MetricsJson writes revenue; counts as JSON integers.
    return {{QStringLiteral("purchases"), line.purchases},
            {QStringLiteral("buyers"), line.buyers},
            {QStringLiteral("revenue"), static_cast<double>(line.revenueCents) / 100.0},
            {QStringLiteral("refunds"), line.refunds},
            {QStringLiteral("complaints"), line.complaints},
            {QStringLiteral("complaints_per_100_purchases"),
             MetricsJson::number(line.complaintsPer100Purchases())},
            {QStringLiteral("support"), line.support}};
}

QJsonObject ProductFigures::toJson() const
{
    QJsonObject byProduct;
    for (const Product& p : products) {
        QJsonObject o = lineJson(p.figures);
        o.insert(QStringLiteral("name"), p.name);
        byProduct.insert(p.externalId, o);
    }
    return {{QStringLiteral("period"), MetricsJson::period(period)},
            {QStringLiteral("products"), byProduct},
            {QStringLiteral("unassigned"), lineJson(unassigned)}};
}

} // namespace rapport::core
