#pragma once

#include <QString>

namespace rapport::core {

// One login of a team server and what it is to Rapport (team.md).
struct TeamMember
{
    QString login;
    QString role;          // rep, manager or admin
    QString repId;         // the rep a rep login is (empty for managers and admins)
    bool canLogIn = false; // the server still has the login and lets it connect
};

} // namespace rapport::core
