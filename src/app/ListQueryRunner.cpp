#include "ListQueryRunner.h"

#include "DatabaseSession.h"
#include "ListQueryWorker.h"

namespace rapport::app {

ListQueryRunner& ListQueryRunner::forSession(DatabaseSession& session)
{
    if (auto* existing = session.findChild<ListQueryRunner*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new ListQueryRunner(session);
}

ListQueryRunner::ListQueryRunner(DatabaseSession& session)
    : QObject(&session), m_session(session), m_worker(new ListQueryWorker)
{
    setObjectName(QStringLiteral("listQueryRunner"));
    m_thread.setObjectName(QStringLiteral("list queries"));
    m_worker->moveToThread(&m_thread);
    // The connection is closed on the thread that opened it, as the thread ends.
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] { worker->closeConnection(); },
            Qt::DirectConnection);
    connect(&session, &DatabaseSession::opened, this, &ListQueryRunner::sessionChanged);
    connect(&session, &DatabaseSession::closed, this, &ListQueryRunner::sessionChanged);
    sessionChanged();
    m_thread.start();
}

ListQueryRunner::~ListQueryRunner()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ListQueryRunner::sessionChanged()
{
    ++m_epoch;
    m_path = m_session.isOpen() ? m_session.path() : QString();
}

void ListQueryRunner::submit(QObject* context, const QueryChannel::Ticket& ticket, Work work,
                             std::function<void()> deliver)
{
    if (m_path != (m_session.isOpen() ? m_session.path() : QString()))
        sessionChanged(); // asked from a handler of opened() that ran before ours
    ++m_pending;
    const QPointer<QObject> receiver(context);
    // Runs on the GUI thread once the work is done (or skipped).
    auto finish = [this, receiver, ticket, deliver = std::move(deliver)](bool ran) {
        if (ran && receiver && ticket.current())
            deliver();
        answered();
    };
    if (m_session.isOpen() && core::DatabaseAccess::isInMemory(m_session.database())) {
        // Nothing to share with a worker: query here, answer from the event loop.
        work(&m_session.database(), core::Error{});
        QMetaObject::invokeMethod(this, [finish] { finish(true); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, path = m_path, epoch = m_epoch, ticket, work = std::move(work),
         finish = std::move(finish)] {
            // A request overtaken before it starts is not run at all.
            const bool run = ticket.current();
            if (run) {
                core::Error error;
                core::Database* db = worker->connectionFor(path, epoch, error);
                work(db, error);
            }
            // `this` lives on the GUI thread and outlives the worker thread (it waits for it).
            QMetaObject::invokeMethod(this, [finish, run] { finish(run); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ListQueryRunner::answered()
{
    if (--m_pending == 0)
        emit idle();
}

} // namespace rapport::app
