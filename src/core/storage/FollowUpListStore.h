#pragma once

#include "common/Result.h"
#include "domain/FollowUpDays.h"
#include "domain/FollowUpList.h"

#include <vector>

namespace rapport::core {

class Database;

// The follow-ups a rep has to work through, with the customer's name for display.
class FollowUpListStore
{
public:
    using Row = FollowUpListRow;

    explicit FollowUpListStore(Database& db) : m_db(db) {}

    // Open tasks of `repId` due before `until`, oldest first.
    Result<std::vector<Row>> openForRep(const QString& repId, const QDateTime& until) const;
    // Open tasks of `repId` due in [from, until), oldest first; an invalid bound is open.
    // The index follow_up_tasks_open (rep_id, done_at, due_at) answers the range.
    Result<std::vector<Row>> openForRep(const QString& repId, const QDateTime& from,
                                        const QDateTime& until) const;
    // How many open tasks of `repId` are overdue, due today, this week and later.
    Result<FollowUpCounts> countsForRep(const QString& repId, const FollowUpDays& days) const;

private:
    Database& m_db;
};

} // namespace rapport::core
