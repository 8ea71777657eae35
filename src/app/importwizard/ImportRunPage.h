#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rapport::app {

class ImportWizard;

// Runs the import on a worker thread (ImportJob) with a progress bar and a Cancel button, then
// moves on to the summary by itself.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }

private:
    void showProgress(qint64 done, qint64 total);
    void finished();

    ImportWizard& m_wizard;
    QLabel* m_statusLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace rapport::app
