#pragma once

#include "common/Result.h"
#include "domain/GoalChanges.h"
#include "domain/KpiGoal.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// A deleted goal with its check-ins, kept so that an undo can put them back.
struct GoalSnapshot
{
    KpiGoal goal;
    std::vector<GoalCheckIn> checkIns;
};

// KPI goals and their check-ins, as the goals screen and its undo commands write them.
class GoalService
{
public:
    explicit GoalService(Database& db) : m_db(db) {}

    // Every goal, by period start then id.
    Result<std::vector<KpiGoal>> list() const;
    // The goals whose period overlaps [start, end), in the same order.
    Result<std::vector<KpiGoal>> overlapping(const QDateTime& start, const QDateTime& end) const;
    // A goal's check-ins, oldest first.
    Result<std::vector<GoalCheckIn>> checkIns(qint64 goalId) const;
    // Stores a new goal and sets its id.
    Status insert(KpiGoal& goal);
    // Writes `goal` over the stored one if that one still has goal.version (which then goes
    // up); otherwise an Error of kind Conflict and nothing written.
    Status update(KpiGoal& goal);
    Result<std::optional<KpiGoal>> find(qint64 id) const;
    // Applies the edit `from` -> `to` to the goal as stored now: the fields the edit changed
    // take `to`'s values, the others keep what someone else may have saved meanwhile. When
    // someone else gave a changed field another value, nothing is written and the answer holds
    // the conflict, field by field. Undo passes the edit reversed.
    Result<GoalSave> change(const KpiGoal& from, const KpiGoal& to);
    // Removes the goal and its check-ins in one transaction, and returns them for restore().
    Result<GoalSnapshot> removeCapturing(qint64 goalId);
    // Puts a removed goal and its check-ins back with the same ids, in one transaction.
    Status restore(const GoalSnapshot& snapshot);
    // Stores a check-in and sets its id.
    Status addCheckIn(GoalCheckIn& checkIn);
    Status removeCheckIn(qint64 id);

private:
    Database& m_db;
};

} // namespace rapport::core
