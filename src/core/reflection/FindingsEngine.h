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
//      segment;
//  (f) products whose complaints per 100 purchases rose, or stand far above the other
//      products' (ProductComplaintDetector), and in (b)'s "happier but leaving" the product
//      whose complaints carry the rise;
//  (g) churn reasons given by more leavers than in the previous period (ChurnReasonDetector).
// A change counts only when |z| reaches max(kMinZ, the Bonferroni-corrected two-sided
// threshold for kFamilyAlpha over the tests of its kind) and its effect is large enough
// (FindingStatistics); a finding that names a person needs kPersonAlpha, or the ordinary
// bar in two consecutive periods for a rep against the team. A trend is told as a step
// ("since <month>") or a drift (TrendShape). A rep's or segment's story that the whole team
// shows too is told once, at the team's level (LevelAttribution): for a rep or segment
// the team-wide detectors run as well. Each kind has its detector in reflection/findings/.
class FindingsEngine
{
public:
    static constexpr double kMinRateRatio = 1.5; // complaint rate change worth a finding
    // The least data on each side: MetricDescription::minimumSample (metrics/MetricCatalogue.h).
    static constexpr double kMinGroupGap = 5.0;     // percentage points between a group and the rest
    static constexpr qint64 kMinThemeCustomers = 5; // different customers using a theme's words
    static constexpr double kMinThemeRatio = 2.0;   // share of comments against the previous period
    static constexpr int kMaxThemes = 5;
    static constexpr int kTrendPeriods = 12;           // periods looked back over for (e), the asked one last
    static constexpr int kMinTrendPeriods = 6;         // periods with enough data for a trend
    static constexpr double kMinTrendCsatPoints = 5.0; // fitted CSAT change over the window
    static constexpr double kMinTrendChurnPoints = 2.0; // fitted churn change over the window

    FindingsEngine(Database& db, const MetricsEngine& engine) : m_db(db), m_engine(engine) {}

    // The findings, most severe first, then by strength of evidence.
    Result<std::vector<Finding>> find(const Period& period, const Scope& scope = Scope::all()) const;

private:
    Database& m_db;
    const MetricsEngine& m_engine;
};

} // namespace rapport::core
