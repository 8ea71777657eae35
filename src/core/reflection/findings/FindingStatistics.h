#pragma once

#include <QtGlobal>
#include <vector>

namespace rapport::core {

// The tests behind the findings (docs/reflection.md, "Findings"): each gives a z score, 0
// when the data cannot say anything.
class FindingStatistics
{
public:
    static constexpr double kMinZ = 3.0;         // no change counts below this, however few the tests
    static constexpr double kFamilyAlpha = 0.01; // family-wise error rate of one kind of finding
    // Findings that name a person (a rep, or the customers of a rep) are acted on, so they
    // carry a ten times stricter family-wise rate (docs/reflection.md, "Findings that name a
    // person"); bench/findings_error_rates.cpp measures what that gives.
    static constexpr double kPersonAlpha = 0.001;
    static constexpr double kStrongZ =
        5.0; // evidence strong enough for "critical" when the effect is large too

    // z of p1 = x1/n1 against p2 = x2/n2 with the pooled proportion; 0 when undefined.
    static double twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2);
    // z of c1 events over exposure e1 against c2 over e2: given c1 + c2, c1 is binomial with
    // p0 = e1 / (e1 + e2) when both rates are equal. 0 when undefined.
    static double poissonRateZ(qint64 c1, double e1, qint64 c2, double e2);
    // z of the change of NPS (in points) between two sets of responses; 0 when undefined.
    static double npsChangeZ(qint64 pro1, qint64 det1, qint64 n1, qint64 pro2, qint64 det2, qint64 n2);
    // Cochran-Armitage test for a linear trend in proportions x[i]/n[i] at equally spaced
    // times t[i]: z of the weighted least-squares slope; 0 when undefined. `change` (optional)
    // receives the fitted change from the first to the last time, in proportion units.
    static double trendZ(const std::vector<double>& t, const std::vector<qint64>& x,
                         const std::vector<qint64>& n, double* change = nullptr);
    // The two-sided threshold for `tests` tests at family-wise alpha, never below minZ.
    static double criticalZ(int tests, double familyAlpha = kFamilyAlpha, double minZ = kMinZ);
    // The bar for a finding about `scope` among `tests`: kPersonAlpha when it names a person.
    static double criticalZFor(int tests, bool namesPerson);
};

} // namespace rapport::core
