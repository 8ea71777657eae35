#include "reflection/ReportSaver.h"

#include "ReportFileWriter.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ReportCollector.h"
#include "services/BackgroundJob.h"
#include "services/DatabaseAccess.h"
#include "shell/DatabaseSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::app {

namespace {

const QString kFolderKey = QStringLiteral("reports/lastFolder");

} // namespace

namespace {

struct Outcome
{
    QString error;
    bool written = false;
};

// On the job's thread, with the job's own connection.
Outcome writeReport(core::JobContext& context, const core::Clock& clock, const core::Period& period,
                    const core::Scope& scope, const QString& out)
{
    auto db = context.database();
    if (!db)
        return {db.error().message};
    if (core::Status own =
            core::DatabaseAccess::refuseOwnFile(**db, out, QStringLiteral("written as the report"));
        !own)
        return {own.error().message};
    core::MetricsEngine engine(**db, clock);
    auto data = core::ReportCollector(**db, engine).collect(period, scope);
    if (!data)
        return {data.error().message};
    data->locale = QLocale(); // the reader's (LANG, LC_ALL)
    // The figures took the time; a cancel until now costs nothing on disk.
    if (context.isCancelled())
        return {};
    const core::Status status = render::ReportFileWriter::write(*data, out);
    if (!status)
        return {status.error().message};
    return {QString(), true};
}

} // namespace

ReportSaver::ReportSaver(DatabaseSession& session, QWidget* parent)
    : QObject(parent), m_session(session), m_parent(parent)
{
}

ReportSaver::~ReportSaver() = default; // the job stops what runs and waits for it, unseen

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
    if (isRunning())
        return;
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the report"),
                                                      QDir(folder).filePath(suggestedFileName(period, scope)),
                                                      tr("PDF document (*.pdf);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    save(period, scope, path);
}

void ReportSaver::save(const core::Period& period, const core::Scope& scope, const QString& path)
{
    if (isRunning())
        return;
    if (!m_session.isOpen() || m_session.path().isEmpty()) {
        emit finished(path, tr("No database file is open."), false);
        return;
    }
    QString out = path;
    if (!render::ReportFileWriter::isPdfPath(out) && !render::ReportFileWriter::isHtmlPath(out))
        out += QStringLiteral(".pdf");

    m_progress = new QProgressDialog(
        tr("Gathering the figures and findings of %1 for the report\u2026").arg(period.label()), tr("Cancel"),
        0, 0, m_parent);
    m_progress->setWindowTitle(tr("Saving the report"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportSaver::cancel);

    m_cancelRequested = false;
    if (!m_job)
        m_job = new core::BackgroundJob(QStringLiteral("report"), this, QThread::LowPriority);
    m_job->setDatabase(m_session.address()); // a fresh connection: the session may have another file by now
    m_job->post<Outcome>(
        this,
        [clock = &m_session.clock(), period, scope, out](core::JobContext& context) {
            return writeReport(context, *clock, period, scope, out);
        },
        [this, out](Outcome outcome) {
            if (m_progress) {
                m_progress->disconnect(this);
                m_progress->close();
                m_progress->deleteLater();
            }
            // A cancel that came while the file was being written is too late: it is there.
            const bool cancelled = m_cancelRequested && !outcome.written && outcome.error.isEmpty();
            emit finished(out, outcome.error, cancelled);
        });
}

bool ReportSaver::isRunning() const
{
    return m_job && m_job->isBusy();
}

void ReportSaver::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling\u2026"));
}

} // namespace rapport::app
