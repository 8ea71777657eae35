#pragma once

#include <QStringList>

namespace rapport::core {

// What a team server holds besides the records: the group roles rapport_rep, rapport_manager
// and rapport_admin, the table team_members (which login is which rep), and the row-level
// security policies through which the server itself decides what each login sees and writes
// (team.md, "People and what they may see"):
// - a rep: the customers they own and everything that hangs off them (interactions, survey
//   responses, follow-ups), their own row of reps, their own assessments and plans, the
//   team's goals (read only) and their own goals;
// - a manager: everything; an admin: everything, and the team's logins.
// The owner of the tables (the login that ran `init`) is not subject to the policies.
// Every statement is idempotent; the migration runs them after each upgrade of a server, in
// the same transaction.
class TeamSchema
{
public:
    static QStringList statements();
};

} // namespace rapport::core
