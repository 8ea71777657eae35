#include "services/FollowUpService.h"

#include "services/FieldMerge.h"
#include "storage/Database.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>
#include <algorithm>

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

Result<std::optional<FollowUpTask>> FollowUpService::find(qint64 id) const
{
    return FollowUpTaskRepository(m_db).find(id);
}

Result<FollowUpSave> FollowUpService::merge(const FollowUpTask& from, const FollowUpTask& to,
                                            const std::function<Status(FollowUpTask&)>& write)
{
    FollowUpTaskRepository tasks(m_db);
    return mergeFields<FollowUpSave>(
        from, to, [&] { return tasks.find(to.id); },
        [&](FollowUpTask& target, FollowUpSave&) { return write(target); },
        QCoreApplication::translate("FollowUpService",
                                    "Someone else removed the follow-up; nothing was written"),
        QCoreApplication::translate("FollowUpService",
                                    "The follow-up keeps changing under this save; nothing was "
                                    "written. Try again in a moment"));
}

Result<FollowUpSave> FollowUpService::change(const FollowUpTask& from, const FollowUpTask& to)
{
    const std::vector<FollowUpField> fields = changedFields(from, to);
    if (std::find(fields.begin(), fields.end(), FollowUpField::Done) != fields.end())
        return Error::make(QStringLiteral("Completing a follow-up goes through completeChange()"));
    return merge(from, to, [this](FollowUpTask& target) -> Status {
        auto version = FollowUpTaskRepository(m_db).update(target);
        if (!version)
            return version.error();
        target.version = *version;
        return {};
    });
}

Result<FollowUpSave> FollowUpService::completeChange(const FollowUpTask& read, Interaction& done)
{
    FollowUpTask to = read;
    to.doneAt = done.occurredAt; // done by an interaction not stored yet: id 0, unlike anyone's
    to.doneInteractionId = 0;
    return merge(read, to, [this, &done](FollowUpTask& target) -> Status {
        FollowUpRef ref{target.id, target.version};
        done.id = 0; // a refused attempt rolled its insert back
        if (Status s = complete(ref, done); !s)
            return s;
        target.doneAt = done.occurredAt;
        target.doneInteractionId = done.id;
        target.version = ref.version;
        return {};
    });
}

Result<FollowUpSave> FollowUpService::reopenChange(const FollowUpTask& completed, qint64 doneInteractionId)
{
    FollowUpTask from = completed;
    from.doneInteractionId = doneInteractionId;
    if (!from.doneAt.isValid())
        from.doneAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // done; when does not matter
    FollowUpTask to = completed;
    to.doneAt = {};
    to.doneInteractionId = 0;
    return merge(from, to, [this, doneInteractionId](FollowUpTask& target) -> Status {
        FollowUpRef ref{target.id, target.version};
        if (Status s = reopen(ref, doneInteractionId); !s)
            return s;
        target.version = ref.version;
        return {};
    });
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
