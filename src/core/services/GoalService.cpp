#include "services/GoalService.h"

#include "services/FieldMerge.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"

#include <QCoreApplication>

namespace rapport::core {

Result<std::vector<KpiGoal>> GoalService::list() const
{
    return GoalRepository(m_db).list();
}

Result<std::vector<KpiGoal>> GoalService::overlapping(const QDateTime& start, const QDateTime& end) const
{
    return GoalRepository(m_db).overlapping(start, end);
}

Result<std::vector<GoalCheckIn>> GoalService::checkIns(qint64 goalId) const
{
    return GoalRepository(m_db).checkIns(goalId);
}

Status GoalService::insert(KpiGoal& goal)
{
    return GoalRepository(m_db).insert(goal);
}

Status GoalService::update(KpiGoal& goal)
{
    return GoalRepository(m_db).update(goal);
}

Result<std::optional<KpiGoal>> GoalService::find(qint64 id) const
{
    return GoalRepository(m_db).find(id);
}

Result<GoalSave> GoalService::change(const KpiGoal& from, const KpiGoal& to)
{
    GoalRepository goals(m_db);
    return mergeFields<GoalSave>(
        from, to, [&] { return goals.find(to.id); },
        [&](KpiGoal& target, GoalSave&) { return goals.update(target); },
        QCoreApplication::translate("GoalService", "Someone else removed the goal %1; nothing was written")
            .arg(to.name),
        QCoreApplication::translate("GoalService", "The goal %1 keeps changing under this save; nothing was "
                                                   "written. Try again in a moment")
            .arg(to.name));
}

Result<GoalSnapshot> GoalService::removeCapturing(qint64 goalId)
{
    GoalRepository goals(m_db);
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto goal = goals.find(goalId);
    if (!goal)
        return goal.error();
    if (!*goal)
        return Error::make(QCoreApplication::translate("GoalService", "The goal no longer exists."));
    auto checkIns = goals.checkIns(goalId);
    if (!checkIns)
        return checkIns.error();
    if (Status s = goals.remove(goalId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return GoalSnapshot{std::move(**goal), std::move(*checkIns)};
}

Status GoalService::restore(const GoalSnapshot& snapshot)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = GoalRepository(m_db).restore(snapshot.goal, snapshot.checkIns); !s)
        return s;
    return tx.commit();
}

Status GoalService::addCheckIn(GoalCheckIn& checkIn)
{
    return GoalRepository(m_db).addCheckIn(checkIn);
}

Status GoalService::removeCheckIn(qint64 id)
{
    return GoalRepository(m_db).removeCheckIn(id);
}

} // namespace rapport::core
