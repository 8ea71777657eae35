#include "metrics/WilsonInterval.h"

#include <algorithm>
#include <cmath>

namespace rapport::core {

std::optional<PercentInterval> wilsonInterval(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0 || successes < 0 || successes > trials)
        return std::nullopt;
    const auto n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    // Clamp rounding noise at the ends (p = 0 or 1 gives exactly 0 or 1 in exact arithmetic).
    return PercentInterval{100 * std::max(0.0, centre - half), 100 * std::min(1.0, centre + half)};
}

} // namespace rapport::core
