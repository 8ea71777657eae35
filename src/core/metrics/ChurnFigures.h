#pragma once

// ChurnFigures: metrics.md "Churn reasons and win-back" for one period and scope.
//   Result<ChurnFigures> f = ChurnFigures::compute(database, period, scope);
// The SQL lives in storage/ChurnMetricsStore; this class only turns its counts into figures.

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>

namespace rapport::core {

class Database;

struct ChurnFigures
{
    // The win-back window of the contract: a purchase at t counts when
    // churned_at < t <= churned_at + 180 days.
    static constexpr qint64 kWinBackWindowSeconds = 180LL * 86400;
    // The reason key of churned customers without a stored reason.
    static constexpr const char* kUnknownReason = "unknown";

    Period period;
    Scope scope;
    qint64 churned = 0;                // churned: start <= churned_at < end
    std::map<QString, qint64> reasons; // reasons: by churn_reason, "unknown" for none
    qint64 wonBack = 0;                // won_back
    std::optional<double> winBackRate; // win_back_rate: 100 * won_back / churned

    static Result<ChurnFigures> compute(Database& db, const Period& period,
                                        const Scope& scope = Scope::all());

    // The key a stored reason counts under: "unknown" for none.
    static QString reasonKey(const QString& stored);
    // Counts `churned` customers of a stored reason, `wonBack` of them won back.
    void add(const QString& storedReason, qint64 churnedCustomers, qint64 wonBackCustomers);
    // Adds another group's counts (the reps' parts of a team).
    void merge(const ChurnFigures& other);
    // Sets win_back_rate from the counts.
    void finish();

    // The JSON of `churn --format json` (interchange.md): {"period": {start, end}, "churned",
    // "reasons": {...}, "won_back", "win_back_rate"}.
    QJsonObject toJson() const;
};

} // namespace rapport::core
