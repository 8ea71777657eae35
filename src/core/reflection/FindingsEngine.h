#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"
#include "reflection/Finding.h"

#include <vector>

namespace rapport::core {

class Database;
class MetricsEngine;

// Looks for what changed or stands out in a period and scope, and says so only when the
// data is strong enough (docs/reflection.md, "Findings"):
//  (a) complaint categories whose rate per active customer rose or fell against the previous
//      period (conditional binomial test of two Poisson rates, at least the minimum sample of
//      complaints_by_category in both periods together);
//  (b) satisfaction (csat, nps) and loyalty (retention_rate, churn_rate) moving apart, both
//      changes significant, checked in the scope and, for all customers, in every segment and rep;
//  (c) reps and segments whose CSAT or follow-up rate differs from the rest of the scope
//      (two-proportion z-test, at least the metric's minimum sample on each side);
//  (d) words and word pairs recurring in complaint notes and survey comments from several
//      customers, clearly more often than in the previous period;
//  (e) a slow drift that (b) cannot see from one period to the next: over the kTrendPeriods
//      periods ending with the one asked for, CSAT trending one way and churn the other
//      (Cochran-Armitage trend test on each), in the scope and, for all customers, in every
//      segment.
// A change counts only when |z| reaches max(kMinZ, the Bonferroni-corrected two-sided
// threshold for kFamilyAlpha over the tests of its kind) and its effect is large enough.
class FindingsEngine
{
public:
    static constexpr double kMinZ = 3.0;
    static constexpr double kFamilyAlpha = 0.01;
    static constexpr double kMinRateRatio = 1.5;   // complaint rate change worth a finding
    // The least data on each side: MetricDescription::minimumSample (metrics/MetricCatalogue.h).
    static constexpr double kMinGroupGap = 5.0;    // percentage points between a group and the rest
    static constexpr qint64 kMinThemeCustomers = 5; // different customers using a theme's words
    static constexpr double kMinThemeRatio = 2.0;  // share of comments against the previous period
    static constexpr int kMaxThemes = 5;
    static constexpr int kTrendPeriods = 12;       // periods looked back over for (e), the asked one last
    static constexpr int kMinTrendPeriods = 6;     // periods with enough data for a trend
    static constexpr double kMinTrendCsatPoints = 5.0;  // fitted CSAT change over the window
    static constexpr double kMinTrendChurnPoints = 2.0; // fitted churn change over the window

    FindingsEngine(Database& db, const MetricsEngine& engine) : m_db(db), m_engine(engine) {}

    // The findings, most severe first, then by strength of evidence.
    Result<std::vector<Finding>> find(const Period& period, const Scope& scope = Scope::all()) const;

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
    static double trendZ(const std::vector<double>& t, const std::vector<qint64>& x, const std::vector<qint64>& n,
                         double* change = nullptr);
    // The two-sided threshold for `tests` tests at family-wise alpha, never below minZ.
    static double criticalZ(int tests, double familyAlpha = kFamilyAlpha, double minZ = kMinZ);

private:
    struct Context;
    Status complaintCategories(Context& c) const;
    Status opposingMetrics(Context& c) const;
    Status groupOutliers(Context& c) const;
    Status commentThemes(Context& c) const;
    Status opposingTrends(Context& c) const;

    Database& m_db;
    const MetricsEngine& m_engine;
};

} // namespace rapport::core
