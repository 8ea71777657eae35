#pragma once

// The plan targets beyond MetricsEngine's keys (issue 19): one product's complaints per 100
// purchases and the win-back rate, measured from ProductFigures and ChurnFigures.
//   complaints_per_100_purchases.<external id>   e.g. complaints_per_100_purchases.P-TERMINAL
//   win_back_rate
// The product rides in the key, as the category does in complaints_by_category.<category>,
// so a plan stores it in its metric column and no schema change is needed.

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QString>
#include <optional>

namespace rapport::core {

class Database;

class PlanTargetMetric
{
public:
    static constexpr const char* kProductPrefix = "complaints_per_100_purchases.";
    static constexpr const char* kWinBackRate = "win_back_rate";

    // complaints_per_100_purchases.<id> (id not empty) or win_back_rate.
    static bool isKey(const QString& key);
    // The product's external id of a product key; empty otherwise.
    static QString productOf(const QString& key);
    static QString productKey(const QString& externalId);
    // The least and most a target can be.
    static double minimum(const QString& key)
    {
        Q_UNUSED(key)
        return 0.0;
    }
    static double maximum(const QString& key);

    struct Value
    {
        std::optional<double> value; // empty without purchases / churned customers
        qint64 sample = 0;           // the product's purchases, or the customers who left
    };
    // The figure over a period and scope. An unknown product is an error.
    static Result<Value> measure(Database& db, const QString& key, const Period& period, const Scope& scope);
};

} // namespace rapport::core
