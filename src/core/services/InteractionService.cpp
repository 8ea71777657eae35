#include "services/InteractionService.h"

#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

Error followUpTaken()
{
    Error e = Error::make(QCoreApplication::translate(
        "InteractionService",
        "Someone else changed or removed the follow-up since it was read; nothing was written"));
    e.kind = ErrorKind::Conflict;
    return e;
}

} // namespace

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
        // On the task as stored now: someone else's new due time or note is kept (as in
        // FollowUpService::completeChange); only their completion of it stops this one.
        FollowUpTaskRepository tasks(m_db);
        auto stored = tasks.find(completes->id);
        if (!stored)
            return stored.error();
        if (!*stored || (*stored)->isDone())
            return followUpTaken();
        auto written =
            tasks.markDone(completes->id, (*stored)->version, interaction.occurredAt, interaction.id);
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
        // Only while it is still done by this interaction, whatever else someone changed.
        FollowUpTaskRepository tasks(m_db);
        auto stored = tasks.find(completed->id);
        if (!stored)
            return stored.error();
        if (!*stored || (*stored)->doneInteractionId != interaction.id)
            return followUpTaken();
        auto written = tasks.reopen(completed->id, (*stored)->version);
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
