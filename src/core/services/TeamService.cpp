#include "services/TeamService.h"

#include "logging/LogCategories.h"
#include "storage/TeamStore.h"

namespace rapport::core {

Status TeamService::addUser(const TeamMember& member, const QString& password)
{
    Status s = TeamStore(m_db).add(member, password);
    if (s)
        qCInfo(lcDb).noquote() << "team: added the login" << member.login << "as" << member.role;
    return s;
}

Status TeamService::removeUser(const QString& login)
{
    Status s = TeamStore(m_db).remove(login);
    if (s)
        qCInfo(lcDb).noquote() << "team: removed the login" << login;
    return s;
}

Result<std::vector<TeamMember>> TeamService::users() const
{
    return TeamStore(m_db).list();
}

Result<bool> TeamService::seesWholeBook() const
{
    return TeamStore(m_db).seesWholeBook();
}

} // namespace rapport::core
