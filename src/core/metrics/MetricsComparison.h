#pragma once

#include "metrics/MetricsResult.h"

#include <QString>
#include <optional>

namespace rapport::core {

// A period's figures next to the previous period's (MetricsEngine::compare).
struct MetricsComparison
{
    MetricsResult current;
    MetricsResult previous;
    // current - previous for a scalar key; nullopt when either side is empty.
    std::optional<double> change(const QString& key) const;
    // 100 * (current - previous) / |previous|; nullopt when previous is empty or 0.
    std::optional<double> changePercent(const QString& key) const;
};

} // namespace rapport::core
