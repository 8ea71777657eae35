#pragma once

#include "common/Result.h"
#include "domain/FollowUpTask.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class FollowUpTaskRepository
{
public:
    explicit FollowUpTaskRepository(Database& db) : m_db(db) {}

    Status insert(FollowUpTask& task);
    Result<std::optional<FollowUpTask>> find(qint64 id) const;
    // Open tasks of one rep due before `until`, oldest first.
    Result<std::vector<FollowUpTask>> openForRep(const QString& repId, const QDateTime& until) const;
    // Open tasks with one customer, the soonest due first.
    Result<std::vector<FollowUpTask>> openForCustomer(qint64 customerId) const;
    Result<qint64> countOverdue(const QString& repId, const QDateTime& now) const;
    // Each write only if the task still has `version` (else an Error of kind Conflict);
    // each answers the task's new version.
    Result<qint64> markDone(qint64 id, qint64 version, const QDateTime& doneAt, qint64 doneInteractionId);
    Result<qint64> reopen(qint64 id, qint64 version);
    Result<qint64> reschedule(qint64 id, qint64 version, const QDateTime& dueAt);
    // Writes the task's rep, due time and note (not whether it is done: markDone and reopen).
    Result<qint64> update(const FollowUpTask& task);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace rapport::core
