#include "widgets/ListQueryRunner.h"

#include "services/DatabaseAccess.h"
#include "shell/DatabaseSession.h"

namespace rapport::app {

ListQueryRunner& ListQueryRunner::forSession(DatabaseSession& session)
{
    if (auto* existing = session.findChild<ListQueryRunner*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new ListQueryRunner(session);
}

ListQueryRunner::ListQueryRunner(DatabaseSession& session)
    : QObject(&session), m_session(session),
      m_job(new core::BackgroundJob(QStringLiteral("list queries"), this))
{
    setObjectName(QStringLiteral("listQueryRunner"));
    connect(m_job, &core::BackgroundJob::idle, this, &ListQueryRunner::idle);
    connect(&session, &DatabaseSession::opened, this, [this] { m_stale = true; });
    connect(&session, &DatabaseSession::closed, this, [this] { m_stale = true; });
}

ListQueryRunner::~ListQueryRunner() = default; // the job stops what runs and waits for it

void ListQueryRunner::followSession()
{
    const QString path = m_session.isOpen() ? m_session.address() : QString();
    if (!m_stale && path == m_path)
        return;
    m_stale = false;
    m_path = path;
    if (m_session.isOpen() && core::DatabaseAccess::isInMemory(m_session.database()))
        m_job->setInMemoryDatabase(&m_session.database()); // nothing to share with a thread
    else
        m_job->setDatabase(path, core::BackgroundJob::Access::ReadOnly);
}

} // namespace rapport::app
