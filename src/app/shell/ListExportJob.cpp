#include "shell/ListExportJob.h"

#include "logging/LogCategories.h"
#include "services/BackgroundJob.h"
#include "services/DatabaseAccess.h"

namespace rapport::app {

ListExportJob::ListExportJob(core::Database& db, core::ListExportRequest request, QString filePath,
                             QObject* parent)
    : QObject(parent), m_db(db), m_request(std::move(request)), m_filePath(std::move(filePath))
{
}

ListExportJob::~ListExportJob() = default; // the job cancels the export and waits for it

void ListExportJob::start()
{
    if (m_job)
        return;
    m_running = true;
    m_job = std::make_unique<core::BackgroundJob>(QStringLiteral("list export"));
    connect(m_job.get(), &core::BackgroundJob::progressed, this, &ListExportJob::progressed);
    // A database in memory (tests, scratch work) is small by nature: the export runs here.
    if (core::DatabaseAccess::isInMemory(m_db))
        m_job->setInMemoryDatabase(&m_db);
    else
        m_job->setDatabase(core::DatabaseAccess::address(m_db));
    m_job->post<core::Result<qint64>>(
        this,
        [request = m_request, file = m_filePath](core::JobContext& context) -> core::Result<qint64> {
            auto db = context.database();
            if (!db)
                return db.error();
            core::ExportOptions options;
            options.isCancelled = [&context] { return context.isCancelled(); };
            options.progress = [&context](qint64 done, qint64 all) { context.reportProgress(done, all); };
            auto counted = [&context](qint64 total) { context.reportProgress(0, total); };
            return core::ListExports::write(**db, request, file, options, counted);
        },
        [this](core::Result<qint64> result) {
            if (!result && !m_cancelled)
                qCWarning(lcUi) << "list export failed:" << result.error().details();
            m_result.emplace(std::move(result));
            m_running = false;
            emit finished();
        });
}

void ListExportJob::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

} // namespace rapport::app
