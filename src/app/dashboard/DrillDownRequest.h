#pragma once

#include "domain/DrillDown.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QString>

namespace rapport::app {

// Which records stand behind a dashboard figure (a tile, a chart point, a team row).
struct DrillDownRequest
{
    core::DrillDownRecords records = core::DrillDownRecords::Responses;
    // For responses the survey ("csat", "nps", "ces"); for complaints and purchases a product's
    // external id; empty for all.
    QString subset;
    core::Period period;
    core::Scope scope;
    QString title;

    // The records a metric key is computed from: survey keys -> their responses,
    // retention -> customers at the start, churn -> churned customers, revenue and
    // follow-up keys -> purchases, complaint keys -> complaints. `scopeName` is how the
    // title names the scope ("Rep Finn Brennan"); empty: MetricFormat::scope(scope).
    static DrillDownRequest forMetric(const QString& key, const core::Period& period,
                                      const core::Scope& scope, const QString& scopeName = QString());
    // The complaints or purchases naming one product (its external id and name).
    static DrillDownRequest forProduct(core::DrillDownRecords records, const QString& productId,
                                       const QString& productName, const core::Period& period,
                                       const core::Scope& scope, const QString& scopeName);
};

} // namespace rapport::app
