#include "dashboard/DrillDownRequest.h"

#include "widgets/MetricFormat.h"

#include <QCoreApplication>

namespace rapport::app {

DrillDownRequest DrillDownRequest::forMetric(const QString& key, const core::Period& period,
                                             const core::Scope& scope, const QString& scopeName)
{
    using R = core::DrillDownRecords;
    DrillDownRequest r;
    r.period = period;
    r.scope = scope;
    if (key == QLatin1String("csat") || key == QLatin1String("nps") || key == QLatin1String("ces")) {
        r.records = R::Responses;
        r.subset = key;
    } else if (key == QLatin1String("retention_rate")) {
        r.records = R::CustomersAtStart;
    } else if (key == QLatin1String("churn_rate")) {
        r.records = R::ChurnedCustomers;
    } else if (key.startsWith(QLatin1String("complaint"))) {
        r.records = R::Complaints;
    } else if (key == QLatin1String("customers_active")) {
        r.records = R::ActiveCustomers;
    } else {
        r.records = R::Purchases; // revenue, revenue_per_customer, follow_up_rate
    }
    r.title = QCoreApplication::translate("rapport::app::DrillDownDialog", "Records behind %1, %2, %3")
                  .arg(MetricFormat::title(key), period.label(),
                       scopeName.isEmpty() ? MetricFormat::scope(scope) : scopeName);
    return r;
}

DrillDownRequest DrillDownRequest::forProduct(core::DrillDownRecords records, const QString& productId,
                                              const QString& productName, const core::Period& period,
                                              const core::Scope& scope, const QString& scopeName)
{
    DrillDownRequest r;
    r.records = records;
    r.subset = productId;
    r.period = period;
    r.scope = scope;
    r.title =
        records == core::DrillDownRecords::Complaints
            ? QCoreApplication::translate("rapport::app::DrillDownDialog", "Complaints about %1, %2, %3")
                  .arg(productName, period.label(), scopeName)
            : QCoreApplication::translate("rapport::app::DrillDownDialog", "Purchases of %1, %2, %3")
                  .arg(productName, period.label(), scopeName);
    return r;
}

} // namespace rapport::app
