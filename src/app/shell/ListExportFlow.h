#pragma once

#include "services/ListExports.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QMenu;
class QProgressDialog;
class QWidget;

namespace rapport::app {

class DatabaseSession;
class ListExportJob;

// One CSV export at a time, from the window: the job on its own connection, a progress
// dialog with the counts and Cancel, and the outcome as a status message or an error.
class ListExportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExportFlow)

public:
    ListExportFlow(DatabaseSession& session, QWidget* window);
    ~ListExportFlow() override;

    // Asks where to save a list, starting in the folder of the last export with
    // `suggestedName`; remembers the folder. Empty when the user cancels.
    QString chooseFile(const QString& suggestedName) const;
    // False when no database is open, no path is given or an export is running.
    bool start(core::ListExportRequest request, const QString& path);
    bool isRunning() const;
    // File › Export All Records as CSV: one entry per kind of record, each calling `chosen`;
    // enabled while a database is open.
    QMenu* createExportAllMenu(QWidget* parent, std::function<void(core::CsvKind)> chosen);
    // The last export started (nullptr before the first).
    ListExportJob* job() const { return m_job.get(); }

signals:
    void runningChanged();
    void statusMessage(const QString& text, int timeoutMs);
    void failed(const QString& summary, const QString& details);
    // After every export, once the outcome was reported.
    void finished();

private:
    void jobFinished();

    DatabaseSession& m_session;
    QWidget* m_window;
    std::unique_ptr<ListExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace rapport::app
