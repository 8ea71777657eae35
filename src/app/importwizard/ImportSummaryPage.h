#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport::app {

class ImportWizard;

// What the import did: a sentence (imported, rejected, cancelled or failed, and whether the
// database changed), the counts, and the problems with their line numbers, which can be copied.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPage)

public:
    explicit ImportSummaryPage(ImportWizard& wizard);

    void initializePage() override;

    QString headline() const;
    QString problemsText() const;

private:
    void setCount(QLabel* label, qint64 value);

    ImportWizard& m_wizard;
    QLabel* m_headline;
    QWidget* m_counts;
    QLabel* m_rows;
    QLabel* m_added;
    QLabel* m_updated;
    QLabel* m_unchanged;
    QLabel* m_repsCreated;
    QLabel* m_invalid;
    QLabel* m_problemsLabel;
    QPlainTextEdit* m_problems;
    QPushButton* m_copyButton;
};

} // namespace rapport::app
