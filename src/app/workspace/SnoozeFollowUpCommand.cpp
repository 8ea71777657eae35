#include "workspace/SnoozeFollowUpCommand.h"

#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

SnoozeFollowUpCommand::SnoozeFollowUpCommand(DatabaseSession& session, qint64 taskId, qint64 version,
                                             QDateTime oldDue, QDateTime newDue, const QString& customerName)
    : WriteCommand(
          session,
          QCoreApplication::translate("SnoozeFollowUpCommand", "Snooze follow-up with %1").arg(customerName)),
      m_taskId(taskId), m_readVersion(version), m_oldDue(std::move(oldDue)), m_newDue(std::move(newDue))
{
}

core::Status SnoozeFollowUpCommand::write(const QDateTime& dueAt)
{
    const QString kind = QStringLiteral("follow_up");
    core::FollowUpRef task{m_taskId, expectedVersion(kind, m_taskId, m_readVersion)};
    if (core::Status s = core::FollowUpService(session().database()).reschedule(task, dueAt); !s)
        return s;
    return keepVersion(task.version, kind, task.id);
}

core::Status SnoozeFollowUpCommand::apply()
{
    return write(m_newDue);
}

core::Status SnoozeFollowUpCommand::revert()
{
    return write(m_oldDue);
}

} // namespace rapport::app
