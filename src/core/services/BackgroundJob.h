#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rapport::core {

class BackgroundJob;
class Database;
class JobConnection;

// What a piece of work sees while it runs on the job's thread.
class JobContext
{
public:
    // The job's own connection to its database file, opened on this thread at first use and
    // kept for the next piece of work (a QtSql connection belongs to the thread that opened
    // it). For a database in memory it is the owner's connection and the work runs inline.
    Result<Database*> database();
    // cancel() was called, or the owner no longer wants the answer: stop at the next poll.
    bool isCancelled() const;
    // Forwarded to BackgroundJob::progressed on the owner's thread.
    void reportProgress(qint64 done, qint64 total);

private:
    friend class BackgroundJob;
    struct Target
    {
        QString path;
        bool readOnly = false;
        quint64 epoch = 0;
        Database* inMemory = nullptr;
    };
    JobContext(BackgroundJob& job, JobConnection& connection, Target target, quint64 cancelEpoch,
               const std::function<bool()>& wanted);

    BackgroundJob& m_job;
    JobConnection& m_connection;
    Target m_target;
    quint64 m_cancelEpoch;
    const std::function<bool()>& m_wanted;
};

// The one way Rapport runs long work off the GUI thread: a thread of its own with its own
// database connection, work run there in the order it was posted, progress and results
// delivered on the owner's thread, and cancel. One-shot work (an import, a report, a
// backup) posts once; a screen that asks again and again (the lists, the dashboard) keeps
// one job and passes `wanted`, so an answer nobody waits for any more is not computed or
// not delivered. Destroying the job cancels what is running and waits for it.
class BackgroundJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    enum class Access { ReadWrite, ReadOnly };

    explicit BackgroundJob(const QString& name, QObject* parent = nullptr,
                           QThread::Priority priority = QThread::InheritPriority);
    ~BackgroundJob() override;

    // The database file the work connects to (empty: none). Work posted afterwards gets a
    // fresh connection, even to the same path (it may be another file by now).
    void setDatabase(const QString& path, Access access = Access::ReadWrite);
    // A database in memory cannot be reached from another thread: work posted while one is
    // set runs on the caller's thread with that connection, and is still delivered later,
    // so callers see one behaviour.
    void setInMemoryDatabase(Database* db);

    // Runs `work` on the job's thread, then `deliver` with its result on this object's thread
    // if `receiver` still exists and `wanted` (when given) still holds. Work that is no longer
    // wanted when its turn comes is skipped and never delivered. `wanted` is called on both
    // threads, so it reads atomics only.
    template <typename T>
    void post(QObject* receiver, std::function<T(JobContext&)> work, std::function<void(T)> deliver,
              std::function<bool()> wanted = {})
    {
        auto result = std::make_shared<std::optional<T>>();
        submit(
            receiver, std::move(wanted),
            [work = std::move(work), result](JobContext& c) { result->emplace(work(c)); },
            [deliver = std::move(deliver), result] { deliver(std::move(**result)); });
    }

    // Every job's next piece of work opens a fresh connection instead of reusing its own: a
    // team server came back after an outage, and the old connections are dead.
    static void renewConnections();

    // Asks everything posted so far to stop at its next poll; it is still delivered.
    void cancel();
    // Work posted and not yet delivered or dropped.
    int pending() const { return m_pending; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void progressed(qint64 done, qint64 total);
    // Everything posted so far has been delivered or dropped.
    void idle();

private:
    friend class JobContext;
    void submit(QObject* receiver, std::function<bool()> wanted, std::function<void(JobContext&)> work,
                std::function<void()> deliver);
    void ensureStarted();

    QThread m_thread;
    QThread::Priority m_priority;
    JobConnection* m_connection; // lives on m_thread
    QString m_path;
    Access m_access = Access::ReadWrite;
    quint64 m_epoch = 0; // counts setDatabase() calls: a new one means a new connection
    Database* m_inMemory = nullptr;
    std::atomic<quint64> m_cancelEpoch = 0;
    int m_pending = 0;
};

} // namespace rapport::core
