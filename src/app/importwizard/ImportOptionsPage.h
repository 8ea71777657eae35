#pragma once

#include <QWizardPage>

class QRadioButton;

namespace rapport::app {

// What to do with invalid rows (reject the whole file, as the command line does by default, or
// skip them), and the plain warning that an import cannot be undone. Its button starts the import.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOptionsPage)

public:
    explicit ImportOptionsPage(QWidget* parent = nullptr);

    bool skipInvalid() const;

private:
    QRadioButton* m_rejectRadio;
    QRadioButton* m_skipRadio;
};

} // namespace rapport::app
