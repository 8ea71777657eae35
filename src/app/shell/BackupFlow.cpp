#include "shell/BackupFlow.h"

#include "services/BackgroundJob.h"
#include "services/DatabaseAccess.h"
#include "shell/DatabaseSession.h"

#include <QDir>
#include <QProgressDialog>

namespace rapport::app {

BackupFlow::BackupFlow(DatabaseSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
}

// A backup being written finishes first (it does not poll for cancel): a process that ends
// under it would leave half a copy.
BackupFlow::~BackupFlow()
{
    delete m_job;
}

bool BackupFlow::isRunning() const
{
    return m_job && m_job->isBusy();
}

bool BackupFlow::start(const QString& target)
{
    if (!m_session.isOpen() || target.isEmpty() || isRunning())
        return false;
    // A database in memory (tests) is copied through the window's connection.
    if (!m_job)
        m_job = new core::BackgroundJob(QStringLiteral("backup"), nullptr, QThread::LowPriority);
    m_session.attach(*m_job);
    auto* progress = new QProgressDialog(tr("Backing up to %1…").arg(QDir::toNativeSeparators(target)),
                                         QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("backupProgressDialog"));
    progress->setAccessibleName(tr("Backup progress"));
    progress->setWindowTitle(tr("Back Up Database"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setCancelButton(nullptr); // a copy cannot be cut short without being useless
    progress->setMinimumDuration(300);
    m_job->post<QString>(
        this,
        [target](core::JobContext& context) {
            auto db = context.database();
            if (!db)
                return db.error().details();
            const core::Status copied = core::DatabaseAccess::backupReplacing(**db, target);
            return copied ? QString() : copied.error().details();
        },
        [this, progress, target](const QString& error) {
            progress->hide();
            progress->deleteLater();
            emit finished(target, error);
        });
    return true;
}

} // namespace rapport::app
