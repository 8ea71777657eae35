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

core::Status EditGoalCommand::apply()
{
    return core::GoalService(session().database()).update(m_after);
}

core::Status EditGoalCommand::revert()
{
    return core::GoalService(session().database()).update(m_before);
}

} // namespace rapport::app
