#include "DatabaseSession.h"

namespace rapport::app {

DatabaseSession::DatabaseSession(QObject* parent) : QObject(parent) {}

DatabaseSession::~DatabaseSession() = default;

core::Status DatabaseSession::open(const QString& path, core::Database::OpenMode mode)
{
    auto db = core::Database::open(path, mode);
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    emit opened();
    return {};
}

void DatabaseSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    emit closed();
}

void DatabaseSession::setCurrentRep(const QString& repId)
{
    if (repId == m_currentRep)
        return;
    m_currentRep = repId;
    emit currentRepChanged(repId);
}

} // namespace rapport::app
