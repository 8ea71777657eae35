#include "ListExportJob.h"

#include "logging/LogCategories.h"
#include "services/DatabaseAccess.h"

#include <QThread>

namespace rapport::app {

ListExportJob::ListExportJob(core::Database& db, core::ListExportRequest request, QString filePath, QObject* parent)
    : QObject(parent), m_db(db), m_databasePath(core::DatabaseAccess::path(db)), m_request(std::move(request)),
      m_filePath(std::move(filePath))
{
}

ListExportJob::~ListExportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ListExportJob::start()
{
    if (m_thread || m_running)
        return;
    m_running = true;
    if (core::DatabaseAccess::isInMemory(m_db)) {
        // Only this thread can read it; small by nature (tests, scratch work).
        run(m_db);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
        return;
    }
    m_thread.reset(QThread::create([this] {
        // Everything opened here (the connection above all) lives and dies on this thread.
        auto db = core::DatabaseAccess::open(m_databasePath);
        if (!db) {
            m_result.emplace(db.error());
            return;
        }
        run(**db);
    }));
    m_thread->setObjectName(QStringLiteral("list export"));
    // Emitted on the worker thread; delivered here on the GUI thread once the worker is done.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void ListExportJob::run(core::Database& db)
{
    core::ExportOptions options;
    options.isCancelled = [this] { return m_cancelled.load(); };
    options.progress = [this](qint64 done, qint64 all) {
        QMetaObject::invokeMethod(
            this, [this, done, all] { emit progressed(done, all); }, Qt::QueuedConnection);
    };
    auto counted = [this](qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, total] { emit progressed(0, total); }, Qt::QueuedConnection);
    };
    m_result.emplace(core::ListExports::write(db, m_request, m_filePath, options, counted));
    if (!*m_result && !m_cancelled)
        qCWarning(lcUi) << "list export failed:" << m_result->error().details();
}

} // namespace rapport::app
