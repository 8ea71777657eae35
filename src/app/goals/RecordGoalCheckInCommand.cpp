#include "goals/RecordGoalCheckInCommand.h"

#include "services/GoalService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

RecordGoalCheckInCommand::RecordGoalCheckInCommand(DatabaseSession& session, core::GoalCheckIn checkIn,
                                                   const QString& goalName)
    : WriteCommand(
          session,
          QCoreApplication::translate("RecordGoalCheckInCommand", "Check in on goal %1").arg(goalName)),
      m_checkIn(std::move(checkIn))
{
}

core::Status RecordGoalCheckInCommand::apply()
{
    m_checkIn.id = 0;
    return core::GoalService(session().database()).addCheckIn(m_checkIn);
}

core::Status RecordGoalCheckInCommand::revert()
{
    return core::GoalService(session().database()).removeCheckIn(m_checkIn.id);
}

} // namespace rapport::app
