#pragma once

#include "common/Result.h"
#include "domain/TeamMember.h"

#include <vector>

namespace rapport::core {

class Database;

// The people of a team server: who may log in, and as what (team.md). An admin's work.
class TeamService
{
public:
    explicit TeamService(Database& db) : m_db(db) {}

    Status addUser(const TeamMember& member, const QString& password = {});
    Status removeUser(const QString& login);
    Result<std::vector<TeamMember>> users() const;
    // true for a manager, an admin and a file's user; false for a rep on a team server.
    Result<bool> seesWholeBook() const;

private:
    Database& m_db;
};

} // namespace rapport::core
