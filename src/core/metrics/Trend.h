#pragma once

#include "metrics/Period.h"

#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

struct TrendPoint
{
    Period period;               // a month or a quarter
    std::optional<double> value; // nullopt where the figure is empty
};

// One figure per month or quarter (MetricsEngine::trend / trends).
struct Trend
{
    QString metric;
    Period::Step by = Period::Step::Month;
    std::vector<TrendPoint> points;
};

} // namespace rapport::core
