#include "importwizard/ImportRunPage.h"

#include "importwizard/ImportJob.h"
#include "importwizard/ImportWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

ImportRunPage::ImportRunPage(ImportWizard& wizard) : QWizardPage(&wizard), m_wizard(wizard)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The file is read, checked and written in one transaction."));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_cancelButton = new QPushButton(tr("&Cancel Import"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setToolTip(tr("Stop the import: nothing of this file is written."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_wizard.cancelImport();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling: undoing what was written so far…"));
    });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_statusLabel->setText(tr("Starting the import…"));
    m_clock.start();
    ImportJob* job = m_wizard.startImport();
    connect(job, &ImportJob::progressed, this, &ImportRunPage::showProgress);
    connect(job, &ImportJob::finished, this, &ImportRunPage::finished);
    m_cancelButton->setFocus();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (m_wizard.job() && m_wizard.job()->isCancelRequested())
        return;
    const QLocale locale;
    if (total > 0) {
        m_progress->setValue(static_cast<int>(done * 1000 / total));
        m_statusLabel->setText(
            tr("Read %1 of %2…").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_statusLabel->setText(tr("Read %1…").arg(locale.formattedDataSize(done)));
    }
}

void ImportRunPage::finished()
{
    m_done = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_cancelButton->setEnabled(false);
    emit completeChanged();
    m_wizard.importFinished();
}

} // namespace rapport::app
