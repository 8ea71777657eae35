#include "workspace/CompleteFollowUpCommand.h"

#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

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
    return core::FollowUpService(session().database()).complete(m_task.id, m_interaction);
}

core::Status CompleteFollowUpCommand::revert()
{
    return core::FollowUpService(session().database()).reopen(m_task.id, m_interaction.id);
}

} // namespace rapport::app
