#pragma once

#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

class DatabaseSession;

// Saves the self-assessment report of a period and scope as PDF or HTML (by the file's
// extension), the same report `rapport-cli report` writes. Gathering the figures and
// findings takes seconds on a large database, so it runs on a worker thread with a
// connection of its own, behind a progress dialog whose Cancel writes nothing.
class ReportSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSaver)

public:
    ReportSaver(DatabaseSession& session, QWidget* parent);
    ~ReportSaver() override;

    // Asks for the file (a suggested name in the documents folder), then saves.
    void saveAs(const core::Period& period, const core::Scope& scope);
    // Saves to `path` without asking; `finished` tells how it went.
    void save(const core::Period& period, const core::Scope& scope, const QString& path);
    void cancel();
    bool isRunning() const;

    static QString suggestedFileName(const core::Period& period, const core::Scope& scope);

signals:
    // `error` is empty on success; `cancelled` when the user gave up (nothing was written).
    void finished(const QString& path, const QString& error, bool cancelled);

private:
    DatabaseSession& m_session;
    QWidget* m_parent;
    core::BackgroundJob* m_job = nullptr; // made at the first save, for the session's file
    bool m_cancelRequested = false;
    QPointer<QProgressDialog> m_progress;
};

} // namespace rapport::app
