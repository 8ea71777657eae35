#pragma once

#include "common/Result.h"
#include "domain/KpiGoal.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// KPI goals (kpi_goals) and their check-ins (goal_check_ins).
class GoalRepository
{
public:
    explicit GoalRepository(Database& db) : m_db(db) {}

    // Stores a new goal and sets its id.
    Status insert(KpiGoal& goal);
    // Writes `goal` over the stored one if that one still has goal.version (which then goes
    // up); otherwise an Error of kind Conflict and nothing written.
    Status update(KpiGoal& goal);
    Result<std::optional<KpiGoal>> find(qint64 id) const;
    // Every goal, by period start then id.
    Result<std::vector<KpiGoal>> list() const;
    // Goals whose period overlaps [start, end), by period start then id.
    Result<std::vector<KpiGoal>> overlapping(const QDateTime& start, const QDateTime& end) const;
    // Removes the goal and its check-ins.
    Status remove(qint64 id);
    // Puts a removed goal and its check-ins back with the same ids (an undo), so that what
    // refers to them still matches.
    Status restore(const KpiGoal& goal, const std::vector<GoalCheckIn>& checkIns);

    // Stores a check-in and sets its id.
    Status addCheckIn(GoalCheckIn& checkIn);
    // A goal's check-ins, oldest first.
    Result<std::vector<GoalCheckIn>> checkIns(qint64 goalId) const;
    Status removeCheckIn(qint64 id);

private:
    Result<std::vector<KpiGoal>> select(const QString& where, const QVariantList& values) const;
    Database& m_db;
};

} // namespace rapport::core
