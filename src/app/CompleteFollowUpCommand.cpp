#include "CompleteFollowUpCommand.h"

#include "DatabaseSession.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>

namespace rapport::app {

CompleteFollowUpCommand::CompleteFollowUpCommand(DatabaseSession& session, core::FollowUpTask task,
                                                 const QString& customerName)
    : WriteCommand(session,
                   QCoreApplication::translate("CompleteFollowUpCommand", "Follow up with %1").arg(customerName)),
      m_task(std::move(task))
{
}

core::Status CompleteFollowUpCommand::apply()
{
    core::Database& db = session().database();
    core::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = session().clock().nowUtc();
    m_interaction = {};
    m_interaction.customerId = m_task.customerId;
    m_interaction.repId = session().currentRep().isEmpty() ? m_task.repId : session().currentRep();
    m_interaction.kind = core::InteractionKind::FollowUp;
    m_interaction.occurredAt = now;
    m_interaction.notes = m_task.note;
    if (core::Status s = core::InteractionRepository(db).insert(m_interaction); !s)
        return s;
    if (core::Status s = core::FollowUpTaskRepository(db).markDone(m_task.id, now, m_interaction.id); !s)
        return s;
    return tx.commit();
}

core::Status CompleteFollowUpCommand::revert()
{
    core::Database& db = session().database();
    core::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (core::Status s = core::FollowUpTaskRepository(db).reopen(m_task.id); !s)
        return s;
    if (core::Status s = core::InteractionRepository(db).remove(m_interaction.id); !s)
        return s;
    return tx.commit();
}

} // namespace rapport::app
