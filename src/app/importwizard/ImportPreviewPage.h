#pragma once

#include "common/Result.h"
#include "importwizard/ImportFilePage.h"

#include <QWizardPage>
#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace rapport::core {
class BackgroundJob;
struct ImportPreviewData;
} // namespace rapport::core

namespace rapport::app {

class DatabaseSession;
class ImportPreviewModel;
class ImportWizard;

// The first rows of the file as the importer reads them with the chosen mapping: invalid rows
// tinted, their reasons in the Problems column and as tooltips. The reasons are the importer's
// own (a dry run of these rows), so the preview and the import never disagree. The dry run
// runs on a BackgroundJob with its own connection (the integrity check and the write lock it
// takes are not the window's to wait for); the page shows a busy bar until it answers. The
// job belongs to the session, not to the wizard: closing the wizard drops the answer instead
// of waiting for a check that cannot be interrupted (seconds on a large book).
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    static constexpr int kPreviewRows = ImportFilePage::kHeadRows;

    explicit ImportPreviewPage(ImportWizard& wizard);
    ~ImportPreviewPage() override;

    // The session's preview job ("importPreviewJob"), made at first use.
    static core::BackgroundJob& jobFor(DatabaseSession& session);

    void initializePage() override;
    // Back: an answer still on its way is no longer wanted.
    void cleanupPage() override;
    bool isComplete() const override;

    // The dry run has been posted and has not answered yet.
    bool isChecking() const { return m_checking; }

    ImportPreviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summaryText() const;

signals:
    // The dry run answered and the page shows its result (or why there is none).
    void checked();

private:
    void showCurrentProblems();
    void showPreview(const core::Result<core::ImportPreviewData>& preview);

    ImportWizard& m_wizard;
    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_invalidOnly;
    QTableView* m_view;
    QLabel* m_summaryLabel;
    QCheckBox* m_invalidOnlyCheck;
    QLabel* m_problemLabel;
    QProgressBar* m_busyBar;
    core::BackgroundJob& m_job; // the session's, see jobFor()
    bool m_connected = false;   // this wizard has pointed the job at the session's database
    std::shared_ptr<std::atomic<quint64>> m_generation; // a newer check makes older answers unwanted
    bool m_usable = false;
    bool m_checking = false;
};

} // namespace rapport::app
