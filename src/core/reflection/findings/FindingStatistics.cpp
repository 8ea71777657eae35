#include "reflection/findings/FindingStatistics.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace rapport::core {

double FindingStatistics::twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0;
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
    const double variance =
        pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2));
    return variance > 0 ? (p1 - p2) / std::sqrt(variance) : 0;
}

double FindingStatistics::poissonRateZ(qint64 c1, double e1, qint64 c2, double e2)
{
    const qint64 n = c1 + c2;
    if (n <= 0 || e1 <= 0 || e2 <= 0)
        return 0;
    const double p0 = e1 / (e1 + e2);
    const double expected = static_cast<double>(n) * p0;
    const double sd = std::sqrt(expected * (1 - p0));
    return sd > 0 ? (static_cast<double>(c1) - expected) / sd : 0;
}

double FindingStatistics::npsChangeZ(qint64 pro1, qint64 det1, qint64 n1, qint64 pro2, qint64 det2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0;
    // Each response scores +1, 0 or -1; NPS / 100 is their mean.
    auto meanAndVariance = [](qint64 pro, qint64 det, qint64 n) {
        const double p = static_cast<double>(pro) / static_cast<double>(n);
        const double d = static_cast<double>(det) / static_cast<double>(n);
        return std::pair{p - d, (p + d - (p - d) * (p - d)) / static_cast<double>(n)};
    };
    const auto [m1, v1] = meanAndVariance(pro1, det1, n1);
    const auto [m2, v2] = meanAndVariance(pro2, det2, n2);
    return v1 + v2 > 0 ? (m1 - m2) / std::sqrt(v1 + v2) : 0;
}

double FindingStatistics::criticalZ(int tests, double familyAlpha, double minZ)
{
    // Solve erfc(z / sqrt 2) = alpha / tests by bisection (two-sided normal tail).
    const double target = familyAlpha / std::max(1, tests);
    double lo = 0;
    double hi = 40;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        if (std::erfc(mid / std::sqrt(2.0)) > target)
            lo = mid;
        else
            hi = mid;
    }
    return std::max(minZ, hi);
}

double FindingStatistics::criticalZFor(int tests, bool namesPerson)
{
    return criticalZ(tests, namesPerson ? kPersonAlpha : kFamilyAlpha);
}

double FindingStatistics::trendZ(const std::vector<double>& t, const std::vector<qint64>& x,
                                 const std::vector<qint64>& n, double* change)
{
    double sumN = 0;
    double sumX = 0;
    double sumNT = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        sumN += static_cast<double>(n[i]);
        sumX += static_cast<double>(x[i]);
        sumNT += static_cast<double>(n[i]) * t[i];
    }
    if (change)
        *change = 0;
    if (sumN <= 0 || t.size() < 2)
        return 0;
    const double p = sumX / sumN;
    const double tMean = sumNT / sumN;
    double covariance = 0; // sum of n (p_i - p)(t_i - tMean) = sum of x_i (t_i - tMean)
    double spread = 0;     // sum of n (t_i - tMean)^2
    for (std::size_t i = 0; i < t.size(); ++i) {
        covariance += static_cast<double>(x[i]) * (t[i] - tMean);
        spread += static_cast<double>(n[i]) * (t[i] - tMean) * (t[i] - tMean);
    }
    if (spread <= 0 || p <= 0 || p >= 1)
        return 0;
    if (change)
        *change = covariance / spread * (t.back() - t.front());
    return covariance / std::sqrt(p * (1 - p) * spread);
}

} // namespace rapport::core
