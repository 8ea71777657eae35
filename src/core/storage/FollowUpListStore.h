#pragma once

#include "common/Result.h"
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

private:
    Database& m_db;
};

} // namespace rapport::core
