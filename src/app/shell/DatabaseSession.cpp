#include "shell/DatabaseSession.h"

#include "logging/LogCategories.h"
#include "services/BackgroundJob.h"
#include "services/BookSettingsService.h"
#include "services/ChangeWatcher.h"
#include "services/RepService.h"
#include "services/ServerLogin.h"
#include "widgets/MoneyText.h"

#include <QTimer>
#include <QUndoStack>

namespace rapport::app {

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_elsewhereTimer(new QTimer(this)),
      m_connectionTimer(new QTimer(this))
{
    m_connectionTimer->setInterval(2000);
    connect(m_connectionTimer, &QTimer::timeout, this, &DatabaseSession::checkConnection);
    // A teammate's import notifies once per table: one refresh for the lot.
    m_elsewhereTimer->setSingleShot(true);
    m_elsewhereTimer->setInterval(250);
    connect(m_elsewhereTimer, &QTimer::timeout, this, &DatabaseSession::changed);
    // A write may add or rename a rep (an import, a new database): read the names again.
    connect(this, &DatabaseSession::changed, this, [this] { m_repNames.clear(); });
    connect(this, &DatabaseSession::opened, this, [this] { m_repNames.clear(); });
    connect(this, &DatabaseSession::closed, this, [this] { m_repNames.clear(); });
    // The book's currency, read before the views refresh (these connections come first): a
    // teammate may change it too.
    connect(this, &DatabaseSession::opened, this, &DatabaseSession::readCurrency);
    connect(this, &DatabaseSession::changed, this, &DatabaseSession::readCurrency);
    connect(this, &DatabaseSession::closed, this, [] { MoneyText::setCurrency({}); });
}

void DatabaseSession::readCurrency()
{
    if (!m_db)
        return;
    auto code = core::BookSettingsService(*m_db).currency();
    if (!code) {
        // Amounts then read without a symbol, which is never wrong; the log says why.
        qCWarning(lcUi).noquote() << "the book's currency could not be read:" << code.error().details();
        MoneyText::setCurrency({});
        return;
    }
    MoneyText::setCurrency(*code);
}

DatabaseSession::~DatabaseSession()
{
    // The commands refer to the database: drop them first.
    m_undoStack->clear();
    m_probe.reset();
    m_watcher.reset();
}

qint64 DatabaseSession::versionWritten(const QString& kind, qint64 id, qint64 otherwise) const
{
    const auto found = m_versionsWritten.find({kind, id});
    return found == m_versionsWritten.end() ? otherwise : found->second;
}

void DatabaseSession::setVersionWritten(const QString& kind, qint64 id, qint64 version)
{
    m_versionsWritten[{kind, id}] = version;
}

core::Status DatabaseSession::open(const QString& path, core::DatabaseOpenMode mode)
{
    auto db = core::DatabaseAccess::open(path, mode);
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    watchChanges();
    if (isServer())
        m_connectionTimer->start();
    emit opened();
    return {};
}

void DatabaseSession::close()
{
    if (!m_db)
        return;
    // Undo history belongs to one database.
    m_undoStack->clear();
    m_versionsWritten.clear();
    m_connectionTimer->stop();
    m_probe.reset();
    m_connectionLost = false;
    m_watcher.reset();
    m_elsewhereTimer->stop();
    m_db.reset();
    emit closed();
}

void DatabaseSession::watchChanges()
{
    m_watcher = std::make_unique<core::ChangeWatcher>(*m_db);
    connect(m_watcher.get(), &core::ChangeWatcher::changedElsewhere, this,
            &DatabaseSession::changedElsewhere);
}

void DatabaseSession::checkConnection()
{
    if (!m_db || !isServer())
        return;
    if (!m_connectionLost && core::DatabaseAccess::isConnectionLost(*m_db)) {
        m_connectionLost = true;
        qCWarning(lcUi).noquote() << "lost the connection to the team server" << path() << "; reconnecting";
        emit connectionLost();
    }
    if (m_connectionLost)
        reconnectIfReachable();
}

void DatabaseSession::reconnectIfReachable()
{
    if (!m_probe)
        m_probe = std::make_unique<core::BackgroundJob>(QStringLiteral("server-probe"));
    if (m_probe->isBusy())
        return;
    // The address may hold the password typed at connection: it stays in this process.
    m_probe->post<bool>(
        this, [address = address()](core::JobContext&) { return core::ServerLogin::isReachable(address); },
        [this](bool reachable) {
            if (!reachable || !m_db || !m_connectionLost)
                return;
            // The old watcher listened on the dead connection; a new one listens on the new.
            m_watcher.reset();
            if (core::Status s = core::DatabaseAccess::reconnect(*m_db); !s) {
                qCWarning(lcUi).noquote() << "reconnecting failed:" << s.error().details();
                watchChanges();
                return;
            }
            watchChanges();
            m_connectionLost = false;
            core::BackgroundJob::renewConnections();
            qCInfo(lcUi).noquote() << "reconnected to the team server" << path();
            emit reconnected();
            // What teammates wrote meanwhile went unheard: every view asks again.
            emit changed();
        });
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

void DatabaseSession::attach(core::BackgroundJob& job)
{
    if (core::DatabaseAccess::isInMemory(*m_db))
        job.setInMemoryDatabase(m_db.get());
    else
        job.setDatabase(address());
}

void DatabaseSession::reportError(const QString& summary, const core::Error& error)
{
    // Not the summary: it may name a customer ("Add customer …"); the error names the
    // statement and the call site.
    qCWarning(lcUi).noquote() << "an error was shown:" << error.details();
    // A write that failed because the server went away says so plainly.
    checkConnection();
    if (m_connectionLost) {
        emit errorOccurred(summary + QLatin1Char('\n') +
                               tr("The connection to the team server is lost: nothing was read or saved. "
                                  "Rapport reconnects by itself; try again in a moment."),
                           error.details());
        return;
    }
    emit errorOccurred(summary, error.details());
}

} // namespace rapport::app
