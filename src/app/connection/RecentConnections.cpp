#include "connection/RecentConnections.h"

#include "services/DatabaseAccess.h"
#include "services/ServerUri.h"

#include <QSettings>

namespace rapport::app {
namespace {

const QString kKey = QStringLiteral("connection/recent");

} // namespace

QStringList RecentConnections::list()
{
    QStringList addresses;
    // Even an entry written by hand (or an older version) is offered without a password.
    for (const QString& address : QSettings().value(kKey).toStringList()) {
        const QString clean = core::ServerUri::withoutPassword(address);
        if (core::DatabaseAccess::isServerAddress(clean) && !addresses.contains(clean))
            addresses << clean;
    }
    return addresses;
}

void RecentConnections::add(const QString& address)
{
    const QString clean = core::ServerUri::withoutPassword(address);
    if (!core::DatabaseAccess::isServerAddress(clean))
        return;
    QStringList addresses = list();
    addresses.removeAll(clean);
    addresses.prepend(clean);
    while (addresses.size() > kMaximum)
        addresses.removeLast();
    QSettings().setValue(kKey, addresses);
}

void RecentConnections::clear()
{
    QSettings().remove(kKey);
}

} // namespace rapport::app
