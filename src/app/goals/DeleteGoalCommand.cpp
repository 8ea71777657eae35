#include "goals/DeleteGoalCommand.h"

#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

DeleteGoalCommand::DeleteGoalCommand(DatabaseSession& session, qint64 goalId, const QString& name)
    : WriteCommand(session, QCoreApplication::translate("DeleteGoalCommand", "Delete goal %1").arg(name)),
      m_goalId(goalId)
{
}

core::Status DeleteGoalCommand::apply()
{
    auto removed = core::GoalService(session().database()).removeCapturing(m_goalId);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

core::Status DeleteGoalCommand::revert()
{
    return core::GoalService(session().database()).restore(m_removed);
}

} // namespace rapport::app
