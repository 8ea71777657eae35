#include "reflection/findings/StepTest.h"

#include <array>
#include <cmath>
#include <cstddef>

namespace rapport::core::findings {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// The inverse of a symmetric 3x3 matrix by cofactors; false when it is singular.
bool invert(const Matrix& a, Matrix& inv)
{
    const double c00 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
    const double c01 = a[1][2] * a[2][0] - a[1][0] * a[2][2];
    const double c02 = a[1][0] * a[2][1] - a[1][1] * a[2][0];
    const double det = a[0][0] * c00 + a[0][1] * c01 + a[0][2] * c02;
    if (std::abs(det) < 1e-12)
        return false;
    inv[0][0] = c00 / det;
    inv[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det;
    inv[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det;
    inv[1][0] = c01 / det;
    inv[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det;
    inv[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det;
    inv[2][0] = c02 / det;
    inv[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det;
    inv[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det;
    return true;
}

} // namespace

int StepTest::candidates(int points)
{
    return points >= 2 * kMinSide ? points - 2 * kMinSide + 1 : 0;
}

StepTest::Fit StepTest::fit(const std::vector<double>& t, const std::vector<qint64>& x,
                            const std::vector<qint64>& n, double bar)
{
    Fit best;
    const std::size_t size = t.size();
    double sumX = 0;
    double sumN = 0;
    for (std::size_t i = 0; i < size; ++i) {
        sumX += static_cast<double>(x[i]);
        sumN += static_cast<double>(n[i]);
    }
    if (candidates(static_cast<int>(size)) <= 0 || sumN <= 0)
        return best;
    const double p = sumX / sumN;
    if (p <= 0 || p >= 1)
        return best;
    for (std::size_t k = kMinSide; k + kMinSide <= size; ++k) {
        // Normal equations of y = a + b t + d [i >= k], weights n / (p (1 - p)).
        Matrix a{};
        std::array<double, 3> b{};
        double before[2] = {0, 0}; // weighted sums of x and n before k
        double after[2] = {0, 0};
        for (std::size_t i = 0; i < size; ++i) {
            const double w = static_cast<double>(n[i]) / (p * (1 - p));
            if (n[i] <= 0)
                continue;
            const double y = static_cast<double>(x[i]) / static_cast<double>(n[i]);
            const std::array<double, 3> row{1.0, t[i], i >= k ? 1.0 : 0.0};
            for (int r = 0; r < 3; ++r) {
                b[static_cast<std::size_t>(r)] += w * row[static_cast<std::size_t>(r)] * y;
                for (int s = 0; s < 3; ++s)
                    a[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)] +=
                        w * row[static_cast<std::size_t>(r)] * row[static_cast<std::size_t>(s)];
            }
            double* side = i >= k ? after : before;
            side[0] += static_cast<double>(x[i]);
            side[1] += static_cast<double>(n[i]);
        }
        Matrix inv{};
        if (!invert(a, inv) || inv[1][1] <= 0 || inv[2][2] <= 0 || before[1] <= 0 || after[1] <= 0)
            continue;
        double beta[3] = {0, 0, 0};
        for (int r = 0; r < 3; ++r)
            for (int s = 0; s < 3; ++s)
                beta[r] += inv[static_cast<std::size_t>(r)][static_cast<std::size_t>(s)] *
                           b[static_cast<std::size_t>(s)];
        const double stepZ = beta[2] / std::sqrt(inv[2][2]);
        if (best.at < 0 || std::abs(stepZ) > std::abs(best.stepZ)) {
            best.at = static_cast<int>(k);
            best.stepZ = stepZ;
            best.slopeZ = beta[1] / std::sqrt(inv[1][1]);
            best.before = before[0] / before[1];
            best.after = after[0] / after[1];
        }
    }
    best.step = best.at >= 0 && std::abs(best.stepZ) >= bar && std::abs(best.slopeZ) < kMaxSlopeZ;
    return best;
}

} // namespace rapport::core::findings
