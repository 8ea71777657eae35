#pragma once

#include "common/Result.h"
#include "domain/FollowUpChanges.h"
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"

#include <functional>
#include <optional>
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
    Result<std::optional<FollowUpTask>> find(qint64 id) const;
    // Applies the change `from` -> `to` of the task's rep, due time or note to the task as stored
    // now: the fields it changed take `to`'s values, the others keep what someone else may have
    // saved meanwhile (their completion too). When someone else gave a changed field another
    // value, nothing is written and the answer holds the conflict. Undo passes it reversed.
    Result<FollowUpSave> change(const FollowUpTask& from, const FollowUpTask& to);
    // complete() of the task read as `read`, on the task as stored now: someone else's new due
    // time or note is kept; someone else's completion of it is a conflict on Done, nothing
    // written.
    Result<FollowUpSave> completeChange(const FollowUpTask& read, Interaction& done);
    // The undo of completeChange(): reopen() of the task if it is still done by
    // `doneInteractionId`, whatever else someone changed; otherwise a conflict on Done.
    Result<FollowUpSave> reopenChange(const FollowUpTask& completed, qint64 doneInteractionId);
    Result<qint64> countOverdue(const QString& repId, const QDateTime& now) const;
    // The customer's open follow-ups, the soonest due first (the first is "the next one").
    Result<std::vector<FollowUpTask>> openForCustomer(qint64 customerId) const;

private:
    // The read-compare-write loop of the three above: `write` stores the merged task
    // conditionally on its version (the one just read) and sets its new version.
    Result<FollowUpSave> merge(const FollowUpTask& from, const FollowUpTask& to,
                               const std::function<Status(FollowUpTask&)>& write);

    Database& m_db;
};

} // namespace rapport::core
