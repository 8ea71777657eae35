#pragma once

#include "common/Clock.h"
#include "common/DatabaseOpenMode.h"
#include "services/DatabaseAccess.h"

#include <QHash>
#include <QObject>
#include <map>
#include <memory>

class QTimer;
class QUndoStack;

namespace rapport::core {
class BackgroundJob;
class ChangeWatcher;
} // namespace rapport::core

namespace rapport::app {

// The database the GUI has open, the rep who is signed in, the undo history of the
// writes made through the GUI and the clock that says what "now" is. Views ask it for
// the Database and listen to `changed` to refresh after a write.
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    core::Status open(const QString& path, core::DatabaseOpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isServer() const { return m_db && core::DatabaseAccess::isServer(*m_db); }
    core::Database& database() { return *m_db; }
    QString path() const { return m_db ? core::DatabaseAccess::path(*m_db) : QString(); }
    // What a worker opens its own connection with (a server's URI may hold the password).
    QString address() const { return m_db ? core::DatabaseAccess::address(*m_db) : QString(); }
    // The address to remember in the settings: a server's without its password.
    QString rememberedAddress() const
    {
        return m_db ? core::DatabaseAccess::addressWithoutPassword(*m_db) : QString();
    }

    // Points a worker at the open database: its own connection to the file or server, or (a
    // database in memory, in tests) this session's connection.
    void attach(core::BackgroundJob& job);

    // On a team server: the connection was lost and the session is reconnecting by itself.
    bool isConnectionLost() const { return m_connectionLost; }
    // Looks at the connection now rather than at the next tick (every 2 s); tests.
    void checkConnection();

    const QString& currentRep() const { return m_currentRep; }
    void setCurrentRep(const QString& repId);

    QUndoStack& undoStack() { return *m_undoStack; }
    // The version of a record that this window's own last write left, by kind ("goal", "plan",
    // …) and id; `otherwise` when it wrote none. Undo and redo expect it, so the commands of one
    // window chain (undoing an adjustment after a later one of the same plan), while a write by
    // someone else in between still conflicts. Forgotten with the undo history.
    qint64 versionWritten(const QString& kind, qint64 id, qint64 otherwise) const;
    void setVersionWritten(const QString& kind, qint64 id, qint64 version);

    // Tests pin "now" with a FixedClock; the session does not own it.
    const core::Clock& clock() const { return *m_clock; }
    void setClock(const core::Clock& clock) { m_clock = &clock; }

    // The name of a rep for display, or `repId` itself when there is no such rep. Read once
    // per database and data change (a handful of reps), not per call.
    QString repName(const QString& repId);

    // A write failed: the window shows `summary`, with `details` on demand.
    void reportError(const QString& summary, const core::Error& error);

signals:
    void opened();
    void closed();
    void changed(); // data written (here, or by a teammate on the server): views refresh
    void currentRepChanged(const QString& repId);
    void errorOccurred(const QString& summary, const QString& details);
    // The team server's connection went away; writes fail until reconnected() (views and open
    // dialogs stay as they are).
    void connectionLost();
    // Connected again, session set-up run again, workers' connections renewed; changed() follows.
    void reconnected();

private:
    void readCurrency(); // into MoneyText: every screen shows money in the open book's currency
    void changedElsewhere();
    void watchChanges();
    void reconnectIfReachable();

    core::DatabaseHandle m_db;
    // On a team server: others' writes; destroyed before m_db.
    std::unique_ptr<core::ChangeWatcher> m_watcher;
    QString m_currentRep;
    QUndoStack* m_undoStack;
    QTimer* m_elsewhereTimer;
    QTimer* m_connectionTimer; // a server's connection is looked at every 2 s
    // Asks off the GUI thread whether a lost server answers again; destroyed before m_db.
    std::unique_ptr<core::BackgroundJob> m_probe;
    bool m_connectionLost = false;
    const core::Clock* m_clock = &core::SystemClock::instance();
    QHash<QString, QString> m_repNames; // empty: not read yet
    std::map<std::pair<QString, qint64>, qint64> m_versionsWritten;
};

} // namespace rapport::app
