#include "importwizard/ImportJob.h"

#include "common/Error.h"
#include "services/BackgroundJob.h"

namespace rapport::app {

ImportJob::ImportJob(QString databasePath, core::CsvKind kind, QString filePath, core::ImportOptions options,
                     QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_kind(kind), m_filePath(std::move(filePath)),
      m_options(std::move(options))
{
}

ImportJob::~ImportJob() = default; // m_job cancels the import and waits for it

void ImportJob::start()
{
    if (m_job)
        return;
    m_running = true;
    m_job = std::make_unique<core::BackgroundJob>(QStringLiteral("import"));
    connect(m_job.get(), &core::BackgroundJob::progressed, this, &ImportJob::progressed);
    if (m_databasePath.isEmpty() || m_databasePath == QLatin1String(":memory:")) {
        // Opening it again on the job's thread would give a new, empty database: the rows
        // would go nowhere.
        m_result.emplace(core::Error::make(tr("The import needs a database file; an in-memory database "
                                              "cannot be reached from the import's thread.")));
        QMetaObject::invokeMethod(
            this, [this] { done(); }, Qt::QueuedConnection);
        return;
    }
    m_job->setDatabase(m_databasePath);
    m_job->post<core::Result<core::ImportReport>>(
        this,
        [kind = m_kind, file = m_filePath,
         options = m_options](core::JobContext& context) mutable -> core::Result<core::ImportReport> {
            options.isCancelled = [&context] { return context.isCancelled(); };
            options.progress = [&context](qint64 done, qint64 total) { context.reportProgress(done, total); };
            auto db = context.database();
            if (!db)
                return db.error();
            return core::CsvImporter(**db).importFile(kind, file, options);
        },
        [this](core::Result<core::ImportReport> result) {
            m_result.emplace(std::move(result));
            done();
        });
}

void ImportJob::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void ImportJob::done()
{
    m_running = false;
    emit finished();
}

} // namespace rapport::app
