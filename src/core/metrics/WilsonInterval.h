#pragma once

#include <QtGlobal>
#include <optional>

namespace rapport::core {

// A proportion's confidence interval in percent (0..100).
struct PercentInterval
{
    double low = 0;
    double high = 0;
};

// Wilson's score interval for `successes` out of `trials` (z = 1.96 gives 95%). Unlike the
// normal approximation it stays inside 0..100 and behaves for small samples and for 0 or
// 100 percent, which is what a team table with a handful of responses per rep needs.
// Empty (nullopt) when trials <= 0 or successes is outside 0..trials.
std::optional<PercentInterval> wilsonInterval(qint64 successes, qint64 trials, double z = 1.96);

} // namespace rapport::core
