#pragma once

#include <QtGlobal>
#include <vector>

namespace rapport::core::findings {

// Tells a step from a drift in proportions x[i]/n[i] at times t[i] (issue 21, "Shape"): for
// each possible change point k (at least kMinSide times on each side) it fits, by weighted
// least squares with the binomial weights n / (p(1 - p)) of the trend test, a level, a linear
// trend and a step from t[k] on, and takes the k whose step is strongest. The change is a
// step when that step passes `bar` (given the trend) while the trend left beside it does not
// pass kMaxSlopeZ: a change at one time, not a steady drift.
class StepTest
{
public:
    static constexpr int kMinSide = 3;
    static constexpr double kMaxSlopeZ = 2.0;

    struct Fit
    {
        bool step = false;
        int at = -1;       // index into t of the first time after the step (the best k)
        double stepZ = 0;  // z of the step, given a linear trend
        double slopeZ = 0; // z of the trend left beside the step
        double before = 0; // weighted proportion before t[at]
        double after = 0;  // from t[at] on
    };

    static Fit fit(const std::vector<double>& t, const std::vector<qint64>& x, const std::vector<qint64>& n,
                   double bar);
    // The number of change points fit() tries for `points` times (for a Bonferroni bar).
    static int candidates(int points);
};

} // namespace rapport::core::findings
