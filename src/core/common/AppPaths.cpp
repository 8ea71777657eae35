#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace rapport::core::AppPaths {

void applyIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rapport.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
}

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath()
{
    return dataDirectory() + QStringLiteral("/rapport.sqlite");
}

QString logDirectory()
{
    const QString dir = dataDirectory() + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

} // namespace rapport::core::AppPaths
