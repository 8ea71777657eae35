#include "metrics/MetricsComparison.h"

#include <cmath>

namespace rapport::core {

std::optional<double> MetricsComparison::change(const QString& key) const
{
    const auto a = current.value(key);
    const auto b = previous.value(key);
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

std::optional<double> MetricsComparison::changePercent(const QString& key) const
{
    const auto a = current.value(key);
    const auto b = previous.value(key);
    if (!a || !b || *b == 0)
        return std::nullopt;
    return 100.0 * (*a - *b) / std::abs(*b);
}

} // namespace rapport::core
