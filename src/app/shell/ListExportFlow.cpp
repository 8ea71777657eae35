#include "shell/ListExportFlow.h"

#include "shell/DatabaseSession.h"
#include "shell/ListExportJob.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <array>
#include <limits>

namespace rapport::app {

ListExportFlow::ListExportFlow(DatabaseSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
}

ListExportFlow::~ListExportFlow() = default;

bool ListExportFlow::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString ListExportFlow::chooseFile(const QString& suggestedName) const
{
    const QString directoryKey = QStringLiteral("export/directory");
    QSettings settings;
    QString directory = settings.value(directoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export This List as CSV"),
                                                      QDir(directory).filePath(suggestedName),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    return path;
}

bool ListExportFlow::start(core::ListExportRequest request, const QString& path)
{
    if (!m_session.isOpen() || path.isEmpty() || isRunning())
        return false;
    m_job = std::make_unique<ListExportJob>(m_session.database(), std::move(request), path);
    auto* progress = new QProgressDialog(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowTitle(tr("Export as CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300); // a small list is written before the dialog would flash
    m_progress = progress;
    ListExportJob* job = m_job.get();
    // Cancel: the job stops at its next poll and the half-written file is thrown away.
    connect(progress, &QProgressDialog::canceled, job, &ListExportJob::cancel);
    connect(progress, &QProgressDialog::canceled, progress,
            [progress] { progress->setLabelText(tr("Cancelling…")); });
    progress->setMinimumWidth(440); // room for the file name and the counts as they grow
    const QString fileName = QFileInfo(path).fileName();
    connect(job, &ListExportJob::progressed, progress, [progress, fileName](qint64 done, qint64 total) {
        const QLocale locale;
        if (total > 0) {
            progress->setMaximum(static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())));
            progress->setValue(static_cast<int>(std::min(done, total)));
            progress->setLabelText(tr("Writing %1: %2 of %3 rows…")
                                       .arg(fileName, locale.toString(done), locale.toString(total)));
        } else {
            progress->setLabelText(tr("Writing %1: %2 rows so far…").arg(fileName, locale.toString(done)));
        }
    });
    connect(job, &ListExportJob::finished, this, &ListExportFlow::jobFinished);
    job->start();
    emit runningChanged();
    return true;
}

void ListExportFlow::jobFinished()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater(); // we may be inside its setValue()'s event processing
    }
    emit runningChanged();
    const ListExportJob& job = *m_job;
    const QString path = QDir::toNativeSeparators(job.filePath());
    const auto& result = job.result();
    if (result && result->ok()) {
        const qint64 rows = result->value();
        emit statusMessage(tr("Exported %Ln row(s) to %1", nullptr, static_cast<int>(rows)).arg(path), 10000);
    } else if (job.isCancelRequested()) {
        emit statusMessage(tr("Export cancelled: %1 was not written").arg(path), 8000);
    } else {
        emit statusMessage(tr("The export to %1 failed").arg(path), 8000);
        emit finished();
        emit failed(tr("The list could not be exported to %1.").arg(path),
                    result ? result->error().details() : tr("The export stopped without saying why."));
        return;
    }
    emit finished();
}

QMenu* ListExportFlow::createExportAllMenu(QWidget* parent, std::function<void(core::CsvKind)> chosen)
{
    // "All" sets it apart from Export This List, which follows the page's filters.
    auto* menu = new QMenu(tr("Export &All Records as CSV"), parent);
    menu->setObjectName(QStringLiteral("exportMenu"));
    const std::array<std::pair<core::CsvKind, QString>, 5> exports{{
        {core::CsvKind::Reps, tr("&Reps…")},
        {core::CsvKind::Products, tr("&Products…")},
        {core::CsvKind::Customers, tr("&Customers…")},
        {core::CsvKind::Interactions, tr("&Interactions…")},
        {core::CsvKind::Surveys, tr("&Survey Responses…")},
    }};
    for (const auto& [kind, name] : exports) {
        QAction* action = menu->addAction(name);
        action->setObjectName(QStringLiteral("export%1Action").arg(static_cast<int>(kind)));
        connect(action, &QAction::triggered, menu, [chosen, kind] { chosen(kind); });
    }
    connect(&m_session, &DatabaseSession::opened, menu, [menu] { menu->setEnabled(true); });
    connect(&m_session, &DatabaseSession::closed, menu, [menu] { menu->setEnabled(false); });
    return menu;
}

} // namespace rapport::app
