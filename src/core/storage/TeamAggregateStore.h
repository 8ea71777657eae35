#pragma once

#include "common/Result.h"
#include "storage/MetricsStore.h"

#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// Reads the team's aggregates through the server's functions (TeamAggregateSql), which is
// how a rep's login, seeing only the rep's own rows, learns the team's totals and where it
// stands among the team's reps. Times are unix seconds (UTC), spans [start, end).
class TeamAggregateStore
{
public:
    explicit TeamAggregateStore(Database& db) : m_db(db) {}

    // The rep id of this session when it is a rep's login on a team server that has the team
    // functions; none on a file, for managers and admins, for the owner of the tables (who
    // sees every row anyway), and on a server not yet upgraded to the functions.
    Result<std::optional<QString>> sessionRep() const;

    // The whole team's counts for [start, end): resolutionSeconds stays empty, its median is
    // set; byCategory is keyed as MetricsStore keys it.
    Result<MetricsCounts> counts(qint64 start, qint64 end, qint64 windowSeconds, qint64 now) const;

    // One entry of a measure's list: the two numbers the rep's value is made of
    // (TeamAggregateSql says which per measure); amount is empty where there is no value.
    struct Entry
    {
        std::optional<double> amount;
        qint64 sample = 0;
    };
    // Per measure, one entry per rep of the role "rep" (none below TeamAggregateSql's
    // kMinTeamReps), ordered by amount and sample (never by rep), without ids or names.
    Result<std::map<QString, std::vector<Entry>>> values(qint64 start, qint64 end, qint64 windowSeconds,
                                                         qint64 now, qint64 complaintWindowSeconds) const;

private:
    Database& m_db;
};

} // namespace rapport::core
