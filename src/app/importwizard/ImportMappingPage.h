#pragma once

#include "interchange/CsvFormat.h"

#include <QHash>
#include <QStringList>
#include <QWizardPage>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace rapport::app {

class ImportFilePage;

// One row per column of the kind's file format: which of the file's columns holds it, chosen
// automatically from the header names and changeable by hand. Next stays disabled, with the
// reason shown, while a required column has no file column or a file column is chosen twice.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    ImportMappingPage(const ImportFilePage& filePage, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The combo box of one interchange column ("acquired_at").
    QComboBox* comboFor(const QString& column) const;
    // For ImportOptions::columnMapping: every file column, by its trimmed lower-case name, to the
    // interchange column it fills, or to "" when it is ignored.
    QHash<QString, QString> columnMapping() const;
    // Why Next is disabled, empty when it is not.
    QString problem() const;

private:
    void rebuild();
    void update();

    const ImportFilePage& m_filePage;
    core::CsvKind m_kind = core::CsvKind::Customers;
    QStringList m_header;
    QWidget* m_grid = nullptr;
    std::vector<QComboBox*> m_combos; // one per csvColumns(m_kind)
    std::vector<QLabel*> m_samples;
    QLabel* m_statusLabel;
};

} // namespace rapport::app
