#pragma once

#include "common/Result.h"
#include "domain/TeamMember.h"

#include <vector>

namespace rapport::core {

class Database;

// The logins of a team server (team_members and the server's roles): adding one creates the
// login (or takes an existing one) and puts it into the group of its role, in one transaction.
class TeamStore
{
public:
    explicit TeamStore(Database& db) : m_db(db) {}

    // `password` empty: the login gets none here (set by the administrator, or trusted by
    // pg_hba.conf). Never logged, never part of a message.
    Status add(const TeamMember& member, const QString& password);
    Status remove(const QString& login);
    Result<std::vector<TeamMember>> list() const;
    // Whether this login sees and may change the whole book (a manager or an admin, and anyone
    // who opens a file); a rep sees their own customers only and cannot change the book's
    // settings. The server's policies decide; this only lets a window offer what will work.
    Result<bool> seesWholeBook() const;

private:
    Database& m_db;
};

} // namespace rapport::core
