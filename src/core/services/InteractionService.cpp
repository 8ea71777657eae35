#include "services/InteractionService.h"

#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

namespace rapport::core {

Status InteractionService::log(Interaction& interaction, std::optional<FollowUpTask>& followUp,
                               FollowUpRef* completes)
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
    qint64 completedVersion = 0;
    if (completes) {
        auto written = FollowUpTaskRepository(m_db).markDone(completes->id, completes->version,
                                                             interaction.occurredAt, interaction.id);
        if (!written)
            return written.error();
        completedVersion = *written;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (completes)
        completes->version = completedVersion;
    return {};
}

Status InteractionService::unlog(const Interaction& interaction, const std::optional<FollowUpTask>& followUp,
                                 FollowUpRef* completed)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    qint64 reopenedVersion = 0;
    if (completed) {
        auto written = FollowUpTaskRepository(m_db).reopen(completed->id, completed->version);
        if (!written)
            return written.error();
        reopenedVersion = *written;
    }
    if (followUp)
        if (Status s = FollowUpTaskRepository(m_db).remove(followUp->id); !s)
            return s;
    if (Status s = InteractionRepository(m_db).remove(interaction.id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (completed)
        completed->version = reopenedVersion;
    return {};
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
