#pragma once

#include "common/Result.h"
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"

#include <vector>

namespace rapport::core {

class Database;

// Working through follow-ups: completing one (the follow-up interaction is logged with it),
// snoozing, adding, and counting the overdue ones.
class FollowUpService
{
public:
    explicit FollowUpService(Database& db) : m_db(db) {}

    Status insert(FollowUpTask& task);
    // Stores `done` (the follow-up interaction) and marks the task done by it at its time, in
    // one transaction. Each write here is conditional on task.version (an Error of kind Conflict
    // otherwise, nothing written) and raises it in `task`.
    Status complete(FollowUpRef& task, Interaction& done);
    // Takes back what complete() stored.
    Status reopen(FollowUpRef& task, qint64 doneInteractionId);
    Status reschedule(FollowUpRef& task, const QDateTime& dueAt);
    Result<qint64> countOverdue(const QString& repId, const QDateTime& now) const;
    // The customer's open follow-ups, the soonest due first (the first is "the next one").
    Result<std::vector<FollowUpTask>> openForCustomer(qint64 customerId) const;

private:
    Database& m_db;
};

} // namespace rapport::core
