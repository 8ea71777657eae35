#pragma once

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>

class QThread;

namespace rapport::core {
class Database;
struct ExportValue;
} // namespace rapport::core

namespace rapport::app {

// What a list export writes: the kind of CSV file and, read on the export's own
// connection, the list's rows (with the filter and order it shows) and how many there are.
struct ListExportRequest
{
    using RowCallback = std::function<bool(std::span<const core::ExportValue>)>;

    core::CsvKind kind = core::CsvKind::Customers;
    std::function<core::Status(core::Database&, const RowCallback&)> rows;
    // Empty when counting would cost too much (millions of interactions): progress has no total then.
    std::function<core::Result<qint64>(core::Database&)> count;
};

// One list export to a CSV file on a worker thread with its own connection to the database
// file (a QtSql connection belongs to the thread that opened it). The file goes through
// QSaveFile: an error or cancel() leaves no file, and an existing one as it was.
class ListExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExportJob)

public:
    // `db` is the session's database: only its path is used, unless it lives in memory
    // (tests), which another thread cannot reach; the export then runs in start().
    ListExportJob(core::Database& db, ListExportRequest request, QString filePath, QObject* parent = nullptr);
    // Cancels a running export and waits for the worker to finish.
    ~ListExportJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelRequested() const { return m_cancelled; }
    bool isRunning() const { return m_running; }
    const QString& filePath() const { return m_filePath; }
    // The rows written, or why not; set when finished() is emitted.
    const std::optional<core::Result<qint64>>& result() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void run(core::Database& db);

    core::Database& m_db;
    QString m_databasePath;
    ListExportRequest m_request;
    QString m_filePath;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled = false;
    bool m_running = false;
    std::optional<core::Result<qint64>> m_result;
};

} // namespace rapport::app
