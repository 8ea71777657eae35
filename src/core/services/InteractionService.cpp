#include "services/InteractionService.h"

#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

namespace rapport::core {

Status InteractionService::log(Interaction& interaction, std::optional<FollowUpTask>& followUp,
                               qint64 completes)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    interaction.id = 0;
    if (Status s = InteractionRepository(m_db).insert(interaction); !s)
        return s;
    if (followUp) {
        followUp->id = 0;
        followUp->customerId = interaction.customerId;
        followUp->sourceInteractionId = interaction.id;
        if (Status s = FollowUpTaskRepository(m_db).insert(*followUp); !s)
            return s;
    }
    if (completes > 0) {
        if (Status s =
                FollowUpTaskRepository(m_db).markDone(completes, interaction.occurredAt, interaction.id);
            !s)
            return s;
    }
    return tx.commit();
}

Status InteractionService::unlog(const Interaction& interaction, const std::optional<FollowUpTask>& followUp,
                                 qint64 completed)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (completed > 0)
        if (Status s = FollowUpTaskRepository(m_db).reopen(completed); !s)
            return s;
    if (followUp)
        if (Status s = FollowUpTaskRepository(m_db).remove(followUp->id); !s)
            return s;
    if (Status s = InteractionRepository(m_db).remove(interaction.id); !s)
        return s;
    return tx.commit();
}

Result<qint64> InteractionService::setResolved(qint64 id, qint64 version, const QDateTime& resolvedAt)
{
    return InteractionRepository(m_db).setResolved(id, version, resolvedAt);
}

Result<std::vector<Interaction>> InteractionService::forCustomer(qint64 customerId) const
{
    return InteractionRepository(m_db).forCustomer(customerId);
}

} // namespace rapport::core
