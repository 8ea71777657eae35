#pragma once

#include "common/Result.h"
#include "services/ListExports.h"

#include <QObject>
#include <memory>
#include <optional>

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

// One list export to a CSV file on a background job with its own connection to the database
// file (a QtSql connection belongs to the thread that opened it). The file goes through
// QSaveFile: an error or cancel() leaves no file, and an existing one as it was.
class ListExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExportJob)

public:
    // `db` is the session's database: only its path is used, unless it lives in memory
    // (tests), which another thread cannot reach; the export then runs in start().
    ListExportJob(core::Database& db, core::ListExportRequest request, QString filePath,
                  QObject* parent = nullptr);
    // Cancels a running export and waits for it to finish.
    ~ListExportJob() override;

    void start();
    void cancel();
    bool isCancelRequested() const { return m_cancelled; }
    bool isRunning() const { return m_running; }
    const QString& filePath() const { return m_filePath; }
    // The rows written, or why not; set when finished() is emitted.
    const std::optional<core::Result<qint64>>& result() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    core::Database& m_db;
    core::ListExportRequest m_request;
    QString m_filePath;
    std::unique_ptr<core::BackgroundJob> m_job;
    bool m_cancelled = false;
    bool m_running = false;
    std::optional<core::Result<qint64>> m_result;
};

} // namespace rapport::app
