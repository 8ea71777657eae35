#pragma once

#include "common/Result.h"
#include "interchange/CsvImporter.h"

#include <QWizard>
#include <memory>
#include <optional>

namespace rapport::app {

class DatabaseSession;
class ImportFilePage;
class ImportJob;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;

// File › Import: a CSV file of interchange.md into the open database, in six steps: the file
// and its kind, the column mapping, a checked preview, what to do with invalid rows, the
// import itself (on a worker thread, cancellable) and a summary. After an import that wrote
// something the session's changed() is emitted so the views refresh.
//
//     auto* wizard = new ImportWizard(session, this);
//     wizard->setAttribute(Qt::WA_DeleteOnClose);
//     wizard->open();
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, OptionsPageId, RunPageId, SummaryPageId };

    explicit ImportWizard(DatabaseSession& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    DatabaseSession& session() { return m_session; }

    // Starts with this file chosen (e.g. a file dropped on the window).
    void setFile(const QString& path);

    ImportFilePage& filePage() const { return *m_filePage; }
    ImportMappingPage& mappingPage() const { return *m_mappingPage; }
    ImportPreviewPage& previewPage() const { return *m_previewPage; }
    ImportOptionsPage& optionsPage() const { return *m_optionsPage; }
    ImportRunPage& runPage() const { return *m_runPage; }
    ImportSummaryPage& summaryPage() const { return *m_summaryPage; }

    // Used by the run page.
    ImportJob* startImport();
    ImportJob* job() const { return m_job.get(); }
    void cancelImport();
    void importFinished();
    // The import's outcome, once it has finished.
    const std::optional<core::Result<core::ImportReport>>& result() const;

    // Closing while the import runs cancels it first (the window closes once it is rolled back).
    void reject() override;

signals:
    // An import was committed.
    void imported(const rapport::core::ImportReport& report);

private:
    DatabaseSession& m_session;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportPreviewPage* m_previewPage;
    ImportOptionsPage* m_optionsPage;
    ImportRunPage* m_runPage;
    ImportSummaryPage* m_summaryPage;
    std::unique_ptr<ImportJob> m_job;
    bool m_closeWhenDone = false;
};

} // namespace rapport::app
