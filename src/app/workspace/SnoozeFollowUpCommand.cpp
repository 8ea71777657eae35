#include "workspace/SnoozeFollowUpCommand.h"

#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

SnoozeFollowUpCommand::SnoozeFollowUpCommand(DatabaseSession& session, qint64 taskId, QDateTime oldDue,
                                             QDateTime newDue, const QString& customerName)
    : WriteCommand(
          session,
          QCoreApplication::translate("SnoozeFollowUpCommand", "Snooze follow-up with %1").arg(customerName)),
      m_taskId(taskId), m_oldDue(std::move(oldDue)), m_newDue(std::move(newDue))
{
}

core::Status SnoozeFollowUpCommand::apply()
{
    return core::FollowUpService(session().database()).reschedule(m_taskId, m_newDue);
}

core::Status SnoozeFollowUpCommand::revert()
{
    return core::FollowUpService(session().database()).reschedule(m_taskId, m_oldDue);
}

} // namespace rapport::app
