#include "metrics/ChurnFigures.h"

#include "metrics/MetricsJson.h"
#include "storage/ChurnMetricsStore.h"

namespace rapport::core {

Result<ChurnFigures> ChurnFigures::compute(Database& db, const Period& period, const Scope& scope)
{
    auto counts = ChurnMetricsStore(db).counts(period.startSeconds(), period.endSeconds(),
                                               kWinBackWindowSeconds, scope);
    if (!counts)
        return counts.error();
    ChurnFigures f;
    f.period = period;
    f.scope = scope;
    for (const auto& [reason, c] : *counts) {
        // No reason is "unknown"; a stored key "unknown" means the same and adds to it.
        f.reasons[reason.isEmpty() ? QString::fromLatin1(kUnknownReason) : reason] += c.churned;
        f.churned += c.churned;
        f.wonBack += c.wonBack;
    }
    if (f.churned > 0)
        f.winBackRate = 100.0 * static_cast<double>(f.wonBack) / static_cast<double>(f.churned);
    return f;
}

QJsonObject ChurnFigures::toJson() const
{
    QJsonObject byReason;
    for (const auto& [reason, n] : reasons)
        byReason.insert(reason, n);
    return {{QStringLiteral("period"), MetricsJson::period(period)},
            {QStringLiteral("churned"), churned},
            {QStringLiteral("reasons"), byReason},
            {QStringLiteral("won_back"), wonBack},
            {QStringLiteral("win_back_rate"), MetricsJson::number(winBackRate)}};
}

} // namespace rapport::core
