#include "services/FollowUpService.h"

#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

namespace rapport::core {

Status FollowUpService::insert(FollowUpTask& task)
{
    return FollowUpTaskRepository(m_db).insert(task);
}

Status FollowUpService::complete(FollowUpRef& task, Interaction& done)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = InteractionRepository(m_db).insert(done); !s)
        return s;
    auto written = FollowUpTaskRepository(m_db).markDone(task.id, task.version, done.occurredAt, done.id);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s;
    task.version = *written;
    return {};
}

Status FollowUpService::reopen(FollowUpRef& task, qint64 doneInteractionId)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto written = FollowUpTaskRepository(m_db).reopen(task.id, task.version);
    if (!written)
        return written.error();
    if (Status s = InteractionRepository(m_db).remove(doneInteractionId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    task.version = *written;
    return {};
}

Status FollowUpService::reschedule(FollowUpRef& task, const QDateTime& dueAt)
{
    auto written = FollowUpTaskRepository(m_db).reschedule(task.id, task.version, dueAt);
    if (!written)
        return written.error();
    task.version = *written;
    return {};
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
