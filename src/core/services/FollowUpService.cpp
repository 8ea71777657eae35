#include "services/FollowUpService.h"

#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

namespace rapport::core {

Status FollowUpService::insert(FollowUpTask& task)
{
    return FollowUpTaskRepository(m_db).insert(task);
}

Status FollowUpService::complete(qint64 taskId, Interaction& done)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = InteractionRepository(m_db).insert(done); !s)
        return s;
    if (Status s = FollowUpTaskRepository(m_db).markDone(taskId, done.occurredAt, done.id); !s)
        return s;
    return tx.commit();
}

Status FollowUpService::reopen(qint64 taskId, qint64 doneInteractionId)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = FollowUpTaskRepository(m_db).reopen(taskId); !s)
        return s;
    if (Status s = InteractionRepository(m_db).remove(doneInteractionId); !s)
        return s;
    return tx.commit();
}

Status FollowUpService::reschedule(qint64 taskId, const QDateTime& dueAt)
{
    return FollowUpTaskRepository(m_db).reschedule(taskId, dueAt);
}

Result<qint64> FollowUpService::countOverdue(const QString& repId, const QDateTime& now) const
{
    return FollowUpTaskRepository(m_db).countOverdue(repId, now);
}

Result<std::vector<FollowUpTask>> FollowUpService::openForCustomer(qint64 customerId) const
{
    return FollowUpTaskRepository(m_db).openForCustomer(customerId);
}

} // namespace rapport::core
