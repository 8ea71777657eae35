#include "reflection/RecordCheckInCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

RecordCheckInCommand::RecordCheckInCommand(DatabaseSession& session, core::ActionPlanCheckIn checkIn)
    : WriteCommand(session, QCoreApplication::translate("RecordCheckInCommand", "Record a check-in")),
      m_checkIn(std::move(checkIn))
{
}

core::Status RecordCheckInCommand::apply()
{
    m_checkIn.id = 0;
    return core::ActionPlanService(session().database()).addCheckIn(m_checkIn);
}

core::Status RecordCheckInCommand::revert()
{
    return core::ActionPlanService(session().database()).removeCheckIn(m_checkIn.id);
}

} // namespace rapport::app
