#include "metrics/PlanTargetMetric.h"

#include "metrics/ChurnFigures.h"
#include "metrics/ProductFigures.h"

#include <QCoreApplication>
#include <limits>

namespace rapport::core {

bool PlanTargetMetric::isKey(const QString& key)
{
    return key == QLatin1String(kWinBackRate) || !productOf(key).isEmpty();
}

QString PlanTargetMetric::productOf(const QString& key)
{
    const QLatin1String prefix(kProductPrefix);
    return key.startsWith(prefix) ? key.mid(prefix.size()) : QString();
}

QString PlanTargetMetric::productKey(const QString& externalId)
{
    return QLatin1String(kProductPrefix) + externalId;
}

double PlanTargetMetric::maximum(const QString& key)
{
    // A product may draw more than one complaint per purchase; the rate is a percentage.
    return key == QLatin1String(kWinBackRate) ? 100.0 : std::numeric_limits<double>::max();
}

Result<PlanTargetMetric::Value> PlanTargetMetric::measure(Database& db, const QString& key,
                                                          const Period& period, const Scope& scope)
{
    Value v;
    if (key == QLatin1String(kWinBackRate)) {
        auto churn = ChurnFigures::compute(db, period, scope);
        if (!churn)
            return churn.error();
        v.value = churn->winBackRate;
        v.sample = churn->churned;
        return v;
    }
    const QString product = productOf(key);
    if (product.isEmpty())
        return Error::make(QCoreApplication::translate("rapport::core::PlanTargetMetric",
                                                       "'%1' is not a plan target of products or win-back.")
                               .arg(key));
    auto figures = ProductFigures::compute(db, period, scope);
    if (!figures)
        return figures.error();
    for (const auto& p : figures->products) {
        if (p.externalId == product) {
            v.value = p.figures.complaintsPer100Purchases();
            v.sample = p.figures.purchases;
            return v;
        }
    }
    return Error::make(QCoreApplication::translate("rapport::core::PlanTargetMetric",
                                                   "The product '%1' is not in the catalogue.")
                           .arg(product));
}

} // namespace rapport::core
