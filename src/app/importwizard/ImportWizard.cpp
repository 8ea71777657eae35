#include "importwizard/ImportWizard.h"

#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportJob.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportOptionsPage.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportRunPage.h"
#include "importwizard/ImportSummaryPage.h"
#include "logging/LogCategories.h"
#include "services/DatabaseAccess.h"
#include "shell/DatabaseSession.h"

namespace rapport::app {

ImportWizard::ImportWizard(DatabaseSession& session, QWidget* parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a CSV File"));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 520);
    resize(900, 640);

    m_filePage = new ImportFilePage(this);
    m_filePage->setDatabaseFileCheck([&session](const QString& path) {
        return session.isOpen() && core::DatabaseAccess::isOneOfItsFiles(session.database(), path);
    });
    m_mappingPage = new ImportMappingPage(*m_filePage, this);
    m_previewPage = new ImportPreviewPage(*this);
    m_optionsPage = new ImportOptionsPage(this);
    m_runPage = new ImportRunPage(*this);
    m_summaryPage = new ImportSummaryPage(*this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path)
{
    m_filePage->setPath(path);
}

ImportJob* ImportWizard::startImport()
{
    core::ImportOptions options;
    options.skipInvalid = m_optionsPage->skipInvalid();
    options.columnMapping = m_mappingPage->columnMapping();
    m_job = std::make_unique<ImportJob>(m_session.address(), m_filePage->kind(), m_filePage->path(), options);
    qCInfo(lcUi) << "import wizard: importing" << core::toString(m_filePage->kind()) << "skipInvalid"
                 << options.skipInvalid;
    m_job->start();
    return m_job.get();
}

void ImportWizard::cancelImport()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

const std::optional<core::Result<core::ImportReport>>& ImportWizard::result() const
{
    static const std::optional<core::Result<core::ImportReport>> none;
    return m_job ? m_job->result() : none;
}

void ImportWizard::importFinished()
{
    const auto& r = result();
    if (r && r->ok() && r->value().written) {
        emit m_session.changed();
        emit imported(r->value());
    } else if (r && !r->ok()) {
        qCWarning(lcUi) << "import wizard: import failed:" << r->error().details();
    }
    if (m_closeWhenDone) {
        QWizard::reject();
        return;
    }
    if (currentId() == RunPageId)
        next();
}

void ImportWizard::reject()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_closeWhenDone = true;
        return;
    }
    QWizard::reject();
}

} // namespace rapport::app
