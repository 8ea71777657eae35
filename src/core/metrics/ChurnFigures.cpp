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
    for (const auto& [reason, c] : *counts)
        f.add(reason, c.churned, c.wonBack);
    f.finish();
    return f;
}

QString ChurnFigures::reasonKey(const QString& stored)
{
    // No reason is "unknown"; a stored key "unknown" means the same and adds to it.
    return stored.isEmpty() ? QString::fromLatin1(kUnknownReason) : stored;
}

void ChurnFigures::add(const QString& storedReason, qint64 churnedCustomers, qint64 wonBackCustomers)
{
    reasons[reasonKey(storedReason)] += churnedCustomers;
    churned += churnedCustomers;
    wonBack += wonBackCustomers;
}

void ChurnFigures::merge(const ChurnFigures& other)
{
    for (const auto& [reason, n] : other.reasons)
        reasons[reason] += n;
    churned += other.churned;
    wonBack += other.wonBack;
}

void ChurnFigures::finish()
{
    winBackRate =
        churned > 0
            ? std::optional<double>(100.0 * static_cast<double>(wonBack) / static_cast<double>(churned))
            : std::nullopt;
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
