#include "goals/CreateGoalCommand.h"

#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

CreateGoalCommand::CreateGoalCommand(DatabaseSession& session, core::KpiGoal goal)
    : WriteCommand(session, QCoreApplication::translate("CreateGoalCommand", "Add goal %1").arg(goal.name)),
      m_goal(std::move(goal))
{
}

core::Status CreateGoalCommand::apply()
{
    core::GoalService goals(session().database());
    if (m_removed)
        return goals.restore(*m_removed);
    return goals.insert(m_goal);
}

core::Status CreateGoalCommand::revert()
{
    auto removed = core::GoalService(session().database()).removeCapturing(m_goal.id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

} // namespace rapport::app
