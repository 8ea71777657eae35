#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

class DatabaseSession;

// Backs the open database up to a file from the window: a consistent copy written by a
// background job with its own connection (the window goes on), behind a progress dialog
// that cannot cancel (half a copy is useless). Destroying it waits for a running copy.
class BackupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFlow)

public:
    BackupFlow(DatabaseSession& session, QWidget* window);
    ~BackupFlow() override;

    // False when no database is open, no target is given or a backup is running.
    bool start(const QString& target);
    bool isRunning() const;

signals:
    // `error` is empty when the copy is complete at `target`.
    void finished(const QString& target, const QString& error);

private:
    DatabaseSession& m_session;
    QWidget* m_window;
    core::BackgroundJob* m_job = nullptr;
};

} // namespace rapport::app
