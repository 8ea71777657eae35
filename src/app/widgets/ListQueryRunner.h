#pragma once

#include "common/Result.h"
#include "services/BackgroundJob.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

namespace rapport::core {
class Database;
}

namespace rapport::app {

class DatabaseSession;

// Which answer a list still wants. A list takes a new ticket when what it shows changes
// (filter, order, another database, data written) and reuses the current one for the
// next page; an answer whose ticket is no longer current is dropped, and a request that
// is already stale when the worker reaches it is skipped.
class QueryChannel
{
public:
    struct Ticket
    {
        std::shared_ptr<const std::atomic<quint64>> latest;
        quint64 generation = 0;
        bool current() const { return latest && latest->load() == generation; }
    };

    QueryChannel() : m_latest(std::make_shared<std::atomic<quint64>>(0)) {}
    Ticket next() { return {m_latest, ++*m_latest}; }
    Ticket current() const { return {m_latest, m_latest->load()}; }
    // Drops every answer still on its way.
    void cancel() { ++*m_latest; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

// Runs the lists' read queries on one background job with its own connection to the
// session's file (QtSql connections belong to the thread that opened them), so that a
// slow query never freezes the window. The connection is read-only (query_only) and
// reopened when the session opens another file. In WAL mode each query sees every
// write committed before it started, so a list that asks again after
// DatabaseSession::changed shows the new data.
//
// One runner per session, found or created by forSession().
class ListQueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListQueryRunner)

public:
    static ListQueryRunner& forSession(DatabaseSession& session);
    ~ListQueryRunner() override;

    // Runs `query` on the worker; then, on the GUI thread, `deliver` with its result if
    // `context` still exists and `ticket` is still current. A session database that lives
    // in memory cannot be shared with another thread: its queries run on the GUI thread,
    // and are still delivered later, so callers see one behaviour.
    template <typename T>
    void run(QObject* context, const QueryChannel::Ticket& ticket,
             std::function<core::Result<T>(core::Database&)> query,
             std::function<void(core::Result<T>)> deliver)
    {
        followSession();
        m_job->post<core::Result<T>>(
            context,
            [query = std::move(query)](core::JobContext& job) -> core::Result<T> {
                auto db = job.database();
                if (!db)
                    return db.error();
                return query(**db);
            },
            std::move(deliver), [ticket] { return ticket.current(); });
    }

    // Requests sent and not yet answered (stale ones included).
    int pending() const { return m_job->pending(); }

signals:
    // Every request sent so far has been answered or dropped.
    void idle();

private:
    explicit ListQueryRunner(DatabaseSession& session);
    // Points the job at the session's database when it has changed since the last request
    // (also when asked from a handler of opened() that ran before ours).
    void followSession();

    DatabaseSession& m_session;
    core::BackgroundJob* m_job;
    QString m_path;      // what the job reads; empty while no database is open
    bool m_stale = true; // the session opened or closed a database since
};

} // namespace rapport::app
