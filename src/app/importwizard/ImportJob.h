#pragma once

#include "interchange/CsvImporter.h"

#include <QObject>
#include <memory>
#include <optional>

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

// One import on a background job, which opens its own connection to the database file (a
// QtSql connection belongs to the thread that opened it; the GUI's is never touched) and
// runs CsvImporter there. cancel() makes the importer stop at its next poll and roll back.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString databasePath, core::CsvKind kind, QString filePath, core::ImportOptions options,
              QObject* parent = nullptr);
    // Cancels a running import and waits for the worker to finish.
    ~ImportJob() override;

    void start();
    void cancel();
    bool isCancelRequested() const { return m_cancelled; }
    bool isRunning() const { return m_running; }
    // Set when finished() was emitted.
    const std::optional<core::Result<core::ImportReport>>& result() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void done();

    QString m_databasePath;
    core::CsvKind m_kind;
    QString m_filePath;
    core::ImportOptions m_options;
    std::unique_ptr<core::BackgroundJob> m_job;
    bool m_cancelled = false;
    bool m_running = false;
    std::optional<core::Result<core::ImportReport>> m_result;
};

} // namespace rapport::app
