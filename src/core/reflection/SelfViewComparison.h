#pragma once

#include "common/Result.h"
#include "metrics/Period.h"
#include "reflection/AssessmentProfile.h"

#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

class Clock;
class Database;

// One measured behaviour beside a self-rated dimension.
struct SelfViewMeasure
{
    QString key; // a metrics.md key, or "csat_after_complaints"
    bool higherIsBetter = true;
    std::optional<double> value;      // the rep's value in the period
    qint64 sample = 0;                // the records behind value (purchases, responses, resolved complaints)
    int comparedReps = 0;             // reps with enough data, the rep included when it has enough
    std::optional<double> percentile; // 0..100: share of the team the rep does better than
    QString note;                     // why there is no percentile
};

enum class SelfViewVerdict {
    InLine,         // self-view and data agree well enough
    BlindSpot,      // rated high, measured low
    HiddenStrength, // rated low, measured high
    TooLittleData,  // no measure had enough data
    NotMeasured,    // the dimension has no measured counterpart
};
QString toString(SelfViewVerdict verdict); // "in line", "blind spot", ...

struct DimensionSelfView
{
    QString dimension;
    QString name;
    double selfScore = 0;
    std::vector<SelfViewMeasure> measures;
    std::optional<double> evidencePercentile; // mean of the measures' percentiles
    SelfViewVerdict verdict = SelfViewVerdict::NotMeasured;
    QString explanation; // one plain sentence
};

// Sets a rep's questionnaire profile beside their measured behaviour as team percentiles:
//   follow_up  - follow_up_rate;
//   complaints - resolution_hours_median (lower is better) and CSAT after complaints;
//   listening  - csat and nps of the rep's customers;
//   approach   - no measured counterpart.
// The team is every rep with the role "rep" (plus the rep compared); a rep's measure counts
// only with at least kMinSample records, and a percentile needs kMinTeamReps such reps.
class SelfViewComparison
{
public:
    static constexpr qint64 kMinSample = 10;
    static constexpr int kMinTeamReps = 3;
    static constexpr double kBlindSpotSelfFrom = AssessmentProfile::kStrengthFrom; // 70
    static constexpr double kBlindSpotPercentileBelow = 40;
    static constexpr double kHiddenStrengthSelfBelow = AssessmentProfile::kWeaknessBelow; // 50
    static constexpr double kHiddenStrengthPercentileFrom = 60;
    // A middle self-rating (50 to 69) claims a place in the team's middle half: the data in
    // the bottom or top quarter contradicts it (issue 20: 50 against percentile 6 is no match).
    static constexpr double kMiddleBlindSpotPercentileBelow = 25;
    static constexpr double kMiddleHiddenStrengthPercentileFrom = 75;
    // A CSAT response counts as "after a complaint" within this many days of it.
    static constexpr int kComplaintWindowDays = 30;

    SelfViewComparison(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<std::vector<DimensionSelfView>> compare(const QString& repId, const AssessmentProfile& profile,
                                                   const Period& period) const;

    // Percentile rank of `value` in `team` (which includes value): 100 * (worse + equal / 2) / n,
    // where equal counts the value itself; "worse" follows higherIsBetter.
    static double percentileRank(double value, const std::vector<double>& team, bool higherIsBetter);
    static SelfViewVerdict verdictFor(double selfScore, std::optional<double> evidencePercentile);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rapport::core
