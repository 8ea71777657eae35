#include "services/ChangeWatcher.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

namespace rapport::core {
namespace {

const QString kChannel = QStringLiteral("rapport_changed");

} // namespace

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    if (!db.isServer())
        return;
    QSqlDriver* driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(kChannel);
    if (!m_listening) {
        qCWarning(lcDb) << "cannot listen for the team's changes; windows refresh on their own writes only";
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name == kChannel && source == QSqlDriver::OtherSource)
                    emit changedElsewhere(payload.toString());
            });
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listening)
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

} // namespace rapport::core
