#include "DatabaseSession.h"

#include "logging/LogCategories.h"

#include <QUndoStack>

namespace rapport::app {

DatabaseSession::DatabaseSession(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

DatabaseSession::~DatabaseSession()
{
    // The commands refer to the database: drop them first.
    m_undoStack->clear();
}

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
    // Undo history belongs to one database.
    m_undoStack->clear();
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

void DatabaseSession::reportError(const QString& summary, const core::Error& error)
{
    qCWarning(lcUi).noquote() << summary << error.details();
    emit errorOccurred(summary, error.details());
}

} // namespace rapport::app
