#include "ListQueryWorker.h"

#include "services/DatabaseAccess.h"

namespace rapport::app {

ListQueryWorker::ListQueryWorker() = default;

ListQueryWorker::~ListQueryWorker() = default;

core::Database* ListQueryWorker::connectionFor(const QString& path, quint64 epoch, core::Error& error)
{
    if (m_db && m_path == path && m_epoch == epoch)
        return m_db.get();
    m_db.reset();
    m_path = path;
    m_epoch = epoch;
    if (path.isEmpty()) {
        error = core::Error::make(QStringLiteral("No database is open."));
        return nullptr;
    }
    // The lists only read: a connection that refuses writes, so one can never slip in.
    auto db = core::DatabaseAccess::openReadOnly(path);
    if (!db) {
        error = db.error();
        m_path.clear();
        return nullptr;
    }
    m_db = std::move(db).value();
    return m_db.get();
}

void ListQueryWorker::closeConnection()
{
    m_db.reset();
    m_path.clear();
}

} // namespace rapport::app
