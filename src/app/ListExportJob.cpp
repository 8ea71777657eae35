#include "ListExportJob.h"

#include "interchange/CsvExporter.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QThread>

namespace rapport::app {

ListExportJob::ListExportJob(core::Database& db, ListExportRequest request, QString filePath, QObject* parent)
    : QObject(parent), m_db(db), m_databasePath(db.path()), m_request(std::move(request)),
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
    if (m_db.isInMemory()) {
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
        auto db = core::Database::open(m_databasePath, core::Database::OpenMode::OpenExisting);
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
    // Renaming the export over the database (or its log) would replace the book itself.
    if (core::Status own = db.refuseOwnFile(m_filePath, QStringLiteral("written as the CSV file")); !own) {
        m_result.emplace(own.error());
        return;
    }
    qint64 total = 0;
    if (m_request.count && !m_cancelled) {
        auto n = m_request.count(db);
        if (!n) {
            m_result.emplace(n.error());
            return;
        }
        total = *n;
        QMetaObject::invokeMethod(
            this, [this, total] { emit progressed(0, total); }, Qt::QueuedConnection);
    }
    core::ExportOptions options;
    options.isCancelled = [this] { return m_cancelled.load(); };
    options.progress = [this](qint64 done, qint64 all) {
        QMetaObject::invokeMethod(
            this, [this, done, all] { emit progressed(done, all); }, Qt::QueuedConnection);
    };
    const auto& rows = m_request.rows;
    m_result.emplace(core::CsvExporter::exportRows(
        m_request.kind, m_filePath, [&](const ListExportRequest::RowCallback& row) { return rows(db, row); }, options,
        total));
    if (!*m_result && !m_cancelled)
        qCWarning(lcUi) << "list export failed:" << m_result->error().details();
}

} // namespace rapport::app
