#include "services/BackgroundJob.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {
// Bumped by BackgroundJob::renewConnections(): connections opened before are not reused.
std::atomic<quint64> g_connectionGeneration = 0;
} // namespace

// Lives on the job's thread and owns that thread's connection.
class JobConnection final : public QObject
{
public:
    Result<Database*> connectionFor(const QString& path, bool readOnly, quint64 epoch)
    {
        const quint64 generation = g_connectionGeneration.load();
        if (m_db && m_epoch == epoch && m_generation == generation)
            return m_db.get();
        m_db.reset();
        m_epoch = epoch;
        m_generation = generation;
        if (path.isEmpty())
            return Error::make(QCoreApplication::translate("BackgroundJob", "No database is open."));
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        if (!db)
            return db.error();
        if (readOnly) {
            // A reading job refuses writes on its connection, so one can never slip in.
            QSqlQuery query((*db)->connection());
            if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
                qCWarning(lcDb) << "A reading job's connection could not be made read-only";
        }
        m_db = std::move(db).value();
        return m_db.get();
    }
    void close() { m_db.reset(); }

private:
    std::unique_ptr<Database> m_db;
    quint64 m_epoch = 0;
    quint64 m_generation = 0;
};

JobContext::JobContext(BackgroundJob& job, JobConnection& connection, Target target, quint64 cancelEpoch,
                       const std::function<bool()>& wanted)
    : m_job(job), m_connection(connection), m_target(std::move(target)), m_cancelEpoch(cancelEpoch),
      m_wanted(wanted)
{
}

Result<Database*> JobContext::database()
{
    if (m_target.inMemory)
        return m_target.inMemory;
    return m_connection.connectionFor(m_target.path, m_target.readOnly, m_target.epoch);
}

bool JobContext::isCancelled() const
{
    return m_job.m_cancelEpoch.load() != m_cancelEpoch || (m_wanted && !m_wanted());
}

void JobContext::reportProgress(qint64 done, qint64 total)
{
    BackgroundJob* job = &m_job;
    // The job outlives its thread (its destructor waits), and a queued call to a deleted
    // object is dropped.
    QMetaObject::invokeMethod(
        job, [job, done, total] { emit job->progressed(done, total); }, Qt::QueuedConnection);
}

void BackgroundJob::renewConnections()
{
    ++g_connectionGeneration;
}

BackgroundJob::BackgroundJob(const QString& name, QObject* parent, QThread::Priority priority)
    : QObject(parent), m_priority(priority), m_connection(new JobConnection)
{
    setObjectName(name);
    m_thread.setObjectName(name);
    m_connection->moveToThread(&m_thread);
    // The connection is closed on the thread that opened it, as the thread ends.
    connect(
        &m_thread, &QThread::finished, m_connection, [connection = m_connection] { connection->close(); },
        Qt::DirectConnection);
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_connection;
}

void BackgroundJob::setDatabase(const QString& path, Access access)
{
    m_path = path;
    m_access = access;
    m_inMemory = nullptr;
    ++m_epoch;
}

void BackgroundJob::setInMemoryDatabase(Database* db)
{
    m_inMemory = db;
    m_path.clear();
    ++m_epoch;
}

void BackgroundJob::cancel()
{
    ++m_cancelEpoch;
}

void BackgroundJob::ensureStarted()
{
    if (!m_thread.isRunning())
        m_thread.start(m_priority);
}

void BackgroundJob::submit(QObject* receiver, std::function<bool()> wanted,
                           std::function<void(JobContext&)> work, std::function<void()> deliver)
{
    ++m_pending;
    const QPointer<QObject> alive(receiver);
    const bool hasReceiver = receiver != nullptr;
    // Runs on this object's thread once the work is done (or skipped).
    // The work counts as done before it is delivered, so that a receiver may post again.
    auto finish = [this, alive, hasReceiver, wanted, deliver = std::move(deliver)](bool ran) {
        --m_pending;
        if (ran && (!hasReceiver || alive) && (!wanted || wanted()))
            deliver();
        if (m_pending == 0)
            emit idle();
    };
    const JobContext::Target target{m_path, m_access == Access::ReadOnly, m_epoch, m_inMemory};
    const quint64 cancelEpoch = m_cancelEpoch.load();
    if (m_inMemory) {
        JobContext context(*this, *m_connection, target, cancelEpoch, wanted);
        work(context);
        QMetaObject::invokeMethod(
            this, [finish] { finish(true); }, Qt::QueuedConnection);
        return;
    }
    ensureStarted();
    QMetaObject::invokeMethod(
        m_connection,
        [this, target, cancelEpoch, wanted = std::move(wanted), work = std::move(work),
         finish = std::move(finish)] {
            // Work overtaken before it starts is not run at all.
            const bool run = !wanted || wanted();
            if (run) {
                JobContext context(*this, *m_connection, target, cancelEpoch, wanted);
                work(context);
            }
            QMetaObject::invokeMethod(
                this, [finish, run] { finish(run); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace rapport::core
