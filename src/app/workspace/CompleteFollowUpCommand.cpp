#include "workspace/CompleteFollowUpCommand.h"

#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

namespace {
const QString kKind = QStringLiteral("follow_up");
}

CompleteFollowUpCommand::CompleteFollowUpCommand(DatabaseSession& session, core::FollowUpTask task,
                                                 const QString& customerName)
    : WriteCommand(
          session,
          QCoreApplication::translate("CompleteFollowUpCommand", "Follow up with %1").arg(customerName)),
      m_task(std::move(task))
{
}

core::Status CompleteFollowUpCommand::apply()
{
    const QDateTime now = session().clock().nowUtc();
    m_interaction = {};
    m_interaction.customerId = m_task.customerId;
    m_interaction.repId = session().currentRep().isEmpty() ? m_task.repId : session().currentRep();
    m_interaction.kind = core::InteractionKind::FollowUp;
    m_interaction.occurredAt = now;
    m_interaction.notes = m_task.note;
    core::FollowUpRef task{m_task.id, expectedVersion(kKind, m_task.id, m_task.version)};
    if (core::Status s = core::FollowUpService(session().database()).complete(task, m_interaction); !s)
        return s;
    return keepVersion(task.version, kKind, task.id);
}

core::Status CompleteFollowUpCommand::revert()
{
    core::FollowUpRef task{m_task.id, expectedVersion(kKind, m_task.id, m_task.version)};
    if (core::Status s = core::FollowUpService(session().database()).reopen(task, m_interaction.id); !s)
        return s;
    return keepVersion(task.version, kKind, task.id);
}

} // namespace rapport::app
