#include "reflection/ReportSaver.h"

#include "DatabaseSession.h"
#include "ReportPdfWriter.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ReportCollector.h"
#include "services/DatabaseAccess.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace rapport::app {

namespace {

const QString kFolderKey = QStringLiteral("reports/lastFolder");

} // namespace

struct ReportSaver::Job
{
    QString databasePath;
    const core::Clock* clock = nullptr;
    core::Period period;
    core::Scope scope;
    QString out;
    std::atomic_bool cancelled{false};
    // Set by the worker, read after the thread has finished.
    QString error;
    bool written = false;

    void run()
    {
        auto db = core::DatabaseAccess::open(databasePath);
        if (!db) {
            error = db.error().message;
            return;
        }
        if (core::Status own = core::DatabaseAccess::refuseOwnFile(**db, out, QStringLiteral("written as the report")); !own) {
            error = own.error().message;
            return;
        }
        core::MetricsEngine engine(**db, *clock);
        auto data = core::ReportCollector(**db, engine).collect(period, scope);
        if (!data) {
            error = data.error().message;
            return;
        }
        // The figures took the time; a cancel until now costs nothing on disk.
        if (cancelled)
            return;
        const core::Status status = render::ReportPdfWriter::write(*data, out);
        if (status)
            written = true;
        else
            error = status.error().message;
    }
};

ReportSaver::ReportSaver(DatabaseSession& session, QWidget* parent)
    : QObject(parent), m_session(session), m_parent(parent)
{
}

ReportSaver::~ReportSaver()
{
    if (m_thread) {
        // The worker holds its own connection and only the shared job: let it end, unseen.
        m_job->cancelled = true;
        m_thread->wait();
    }
}

QString ReportSaver::suggestedFileName(const core::Period& period, const core::Scope& scope)
{
    QString who = scope.kind == core::Scope::Kind::All ? QStringLiteral("team") : scope.value;
    who.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString when = period.label();
    when.replace(QStringLiteral(".."), QStringLiteral("_to_"));
    return QStringLiteral("rapport-report-%1-%2.pdf").arg(when, who);
}

void ReportSaver::saveAs(const core::Period& period, const core::Scope& scope)
{
    if (m_thread)
        return;
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Save the report"), QDir(folder).filePath(suggestedFileName(period, scope)),
        tr("PDF document (*.pdf);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    save(period, scope, path);
}

void ReportSaver::save(const core::Period& period, const core::Scope& scope, const QString& path)
{
    if (m_thread)
        return;
    if (!m_session.isOpen() || m_session.path().isEmpty()) {
        emit finished(path, tr("No database file is open."), false);
        return;
    }
    QString out = path;
    if (!render::ReportPdfWriter::isPdfPath(out) && !render::ReportPdfWriter::isHtmlPath(out))
        out += QStringLiteral(".pdf");

    m_job = std::make_shared<Job>();
    m_job->databasePath = m_session.path();
    m_job->clock = &m_session.clock();
    m_job->period = period;
    m_job->scope = scope;
    m_job->out = out;

    m_progress = new QProgressDialog(tr("Gathering the figures and findings of %1 for the report\u2026")
                                         .arg(period.label()),
                                     tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Saving the report"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportSaver::cancel);

    auto job = m_job;
    m_thread = QThread::create([job] { job->run(); });
    m_thread->setObjectName(QStringLiteral("report"));
    connect(m_thread, &QThread::finished, this, [this, job] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress) {
            m_progress->disconnect(this);
            m_progress->close();
            m_progress->deleteLater();
        }
        // A cancel that came while the file was being written is too late: it is there.
        const bool cancelled = job->cancelled && !job->written && job->error.isEmpty();
        emit finished(job->out, job->error, cancelled);
    });
    m_thread->start(QThread::LowPriority);
}

void ReportSaver::cancel()
{
    if (m_job)
        m_job->cancelled = true;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling\u2026"));
}

} // namespace rapport::app
