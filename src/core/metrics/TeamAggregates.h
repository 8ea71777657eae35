#pragma once

#include "common/Result.h"
#include "metrics/MetricsResult.h"
#include "metrics/Period.h"

#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace rapport::core {

class Clock;
class Database;

// A rep's value of one measure, without the rep: enough to place someone among the team.
struct TeamValue
{
    std::optional<double> value; // none where the rep has nothing to measure
    qint64 sample = 0;           // the records behind it (responses, purchases, ...)
};

// What a rep's login on a team server learns of the whole team for a period (team.md: "team
// figures as aggregates only (team totals, percentiles without names)"): the team's contract
// figures, and per measure the values of all reps of the role "rep" (the rep's own among
// them), each list unlabelled and sorted by value on its own. The server computes both (storage/
// TeamAggregateSql); row-level security keeps every other rep's rows from this login.
struct TeamAggregates
{
    MetricsResult team;
    // Keys: csat, nps, follow_up_rate, resolution_hours_median, csat_after_complaints,
    // complaint_rate, revenue (currency units), responses (every survey response).
    std::map<QString, std::vector<TeamValue>> reps;
};

// Percentile rank of `value` in `team` (which includes value): 100 * (worse + equal / 2) / n,
// where equal counts the value itself; "worse" follows higherIsBetter. 50 for an empty team.
double percentileRank(double value, const std::vector<double>& team, bool higherIsBetter);

class TeamAggregateReader
{
public:
    TeamAggregateReader(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The rep of this session when it is a rep's login on a team server (the case in which
    // the team's figures must come from the server's aggregates); none otherwise.
    Result<std::optional<QString>> sessionRep() const;
    enum Part : unsigned { Totals = 1u << 0, RepValues = 1u << 1 };
    // CSAT after complaints counts responses within complaintWindowSeconds of a complaint.
    // Without Totals, `team` stays empty; without RepValues, `reps`.
    Result<TeamAggregates> read(const Period& period, qint64 complaintWindowSeconds,
                                unsigned parts = Totals | RepValues) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rapport::core
