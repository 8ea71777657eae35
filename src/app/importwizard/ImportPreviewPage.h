#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rapport::app {

class ImportPreviewModel;
class ImportWizard;

// The first rows of the file as the importer reads them with the chosen mapping: invalid rows
// tinted, their reasons in the Problems column and as tooltips. The reasons are the importer's
// own (a dry run of these rows), so the preview and the import never disagree.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    static constexpr int kPreviewRows = 200;

    explicit ImportPreviewPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summaryText() const;

private:
    void showCurrentProblems();

    ImportWizard& m_wizard;
    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_invalidOnly;
    QTableView* m_view;
    QLabel* m_summaryLabel;
    QCheckBox* m_invalidOnlyCheck;
    QLabel* m_problemLabel;
    bool m_usable = false;
};

} // namespace rapport::app
