#include "goals/EditGoalCommand.h"

#include "services/GoalService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

EditGoalCommand::EditGoalCommand(DatabaseSession& session, core::KpiGoal before, core::KpiGoal after)
    : WriteCommand(session, QCoreApplication::translate("EditGoalCommand", "Edit goal %1").arg(after.name)),
      m_before(std::move(before)), m_after(std::move(after))
{
}

core::Status EditGoalCommand::write(core::KpiGoal goal)
{
    const QString kind = QStringLiteral("goal");
    goal.version = expectedVersion(kind, goal.id, m_before.version);
    if (core::Status s = core::GoalService(session().database()).update(goal); !s)
        return s;
    return keepVersion(goal.version, kind, goal.id);
}

core::Status EditGoalCommand::apply()
{
    return write(m_after);
}

core::Status EditGoalCommand::revert()
{
    return write(m_before);
}

} // namespace rapport::app
