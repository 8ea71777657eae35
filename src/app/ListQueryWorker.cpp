#include "ListQueryWorker.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QSqlQuery>

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
    auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
    if (!db) {
        error = db.error();
        m_path.clear();
        return nullptr;
    }
    // The lists only read: refuse writes on this connection, so one can never slip in.
    QSqlQuery readOnly((*db)->connection());
    if (!readOnly.exec(QStringLiteral("PRAGMA query_only = ON")))
        qCWarning(lcUi) << "The list connection could not be made read-only";
    m_db = std::move(db).value();
    return m_db.get();
}

void ListQueryWorker::closeConnection()
{
    m_db.reset();
    m_path.clear();
}

} // namespace rapport::app
