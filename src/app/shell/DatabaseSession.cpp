#include "shell/DatabaseSession.h"

#include "logging/LogCategories.h"
#include "services/ChangeWatcher.h"
#include "services/RepService.h"

#include <QTimer>
#include <QUndoStack>

namespace rapport::app {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_elsewhereTimer(new QTimer(this))
{
    // A teammate's import notifies once per table: one refresh for the lot.
    m_elsewhereTimer->setSingleShot(true);
    m_elsewhereTimer->setInterval(250);
    connect(m_elsewhereTimer, &QTimer::timeout, this, &DatabaseSession::changed);
    // A write may add or rename a rep (an import, a new database): read the names again.
    connect(this, &DatabaseSession::changed, this, [this] { m_repNames.clear(); });
    connect(this, &DatabaseSession::opened, this, [this] { m_repNames.clear(); });
    connect(this, &DatabaseSession::closed, this, [this] { m_repNames.clear(); });
}

DatabaseSession::~DatabaseSession()
{
    // The commands refer to the database: drop them first.
    m_undoStack->clear();
    m_watcher.reset();
}

core::Status DatabaseSession::open(const QString& path, core::DatabaseOpenMode mode)
{
    auto db = core::DatabaseAccess::open(path, mode);
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    m_watcher = std::make_unique<core::ChangeWatcher>(*m_db);
    connect(m_watcher.get(), &core::ChangeWatcher::changedElsewhere, this,
            &DatabaseSession::changedElsewhere);
    emit opened();
    return {};
}

void DatabaseSession::close()
{
    if (!m_db)
        return;
    // Undo history belongs to one database.
    m_undoStack->clear();
    m_watcher.reset();
    m_elsewhereTimer->stop();
    m_db.reset();
    emit closed();
}

void DatabaseSession::changedElsewhere()
{
    if (!m_elsewhereTimer->isActive())
        m_elsewhereTimer->start();
}

void DatabaseSession::setCurrentRep(const QString& repId)
{
    if (repId == m_currentRep)
        return;
    m_currentRep = repId;
    emit currentRepChanged(repId);
}

QString DatabaseSession::repName(const QString& repId)
{
    if (m_repNames.isEmpty() && m_db) {
        if (auto reps = core::RepService(*m_db).list(); reps) {
            for (const core::Rep& rep : *reps)
                m_repNames.insert(rep.id, rep.name.isEmpty() ? rep.id : rep.name);
        }
    }
    return m_repNames.value(repId, repId);
}

void DatabaseSession::reportError(const QString& summary, const core::Error& error)
{
    // Not the summary: it may name a customer ("Add customer …"); the error names the
    // statement and the call site.
    qCWarning(lcUi).noquote() << "an error was shown:" << error.details();
    emit errorOccurred(summary, error.details());
}

} // namespace rapport::app
