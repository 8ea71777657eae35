#include "importwizard/ImportJob.h"

#include "common/Error.h"
#include "services/DatabaseAccess.h"

#include <QThread>

namespace rapport::app {

ImportJob::ImportJob(QString databasePath, core::CsvKind kind, QString filePath, core::ImportOptions options,
                     QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_kind(kind), m_filePath(std::move(filePath)),
      m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("import"));
    // Emitted on the worker thread; delivered here on the GUI thread once the worker is done.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

// On the worker thread: everything it creates (the connection above all) lives and dies here.
void ImportJob::run()
{
    core::ImportOptions options = m_options;
    options.isCancelled = [this] { return m_cancelled.load(); };
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
    };
    if (m_databasePath.isEmpty() || m_databasePath == QLatin1String(":memory:")) {
        // Opening it again here would give a new, empty database: the rows would go nowhere.
        m_result.emplace(core::Error::make(tr("The import needs a database file; an in-memory database "
                                              "cannot be reached from the import's thread.")));
        return;
    }
    auto db = core::DatabaseAccess::open(m_databasePath);
    if (!db) {
        m_result.emplace(db.error());
        return;
    }
    m_result.emplace(core::CsvImporter(**db).importFile(m_kind, m_filePath, options));
}

} // namespace rapport::app
