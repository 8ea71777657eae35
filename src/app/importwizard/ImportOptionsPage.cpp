#include "importwizard/ImportOptionsPage.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport::app {

ImportOptionsPage::ImportOptionsPage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Import"));
    setSubTitle(tr("Choose what happens when a row of the file is invalid, then start the import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto* box = new QGroupBox(tr("Invalid rows"), this);
    m_rejectRadio = new QRadioButton(tr("&Reject the whole file: import nothing if any row is invalid"), box);
    m_rejectRadio->setObjectName(QStringLiteral("rejectFileRadioButton"));
    m_rejectRadio->setToolTip(tr("The safe choice: correct the file and import it again."));
    m_skipRadio = new QRadioButton(tr("&Skip the invalid rows and import the valid ones"), box);
    m_skipRadio->setObjectName(QStringLiteral("skipInvalidRadioButton"));
    m_skipRadio->setToolTip(tr("The summary lists the skipped rows with their line numbers."));
    auto* group = new QButtonGroup(this);
    group->addButton(m_rejectRadio);
    group->addButton(m_skipRadio);
    m_rejectRadio->setChecked(true);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_rejectRadio);
    boxLayout->addWidget(m_skipRadio);

    auto* matching = new QLabel(tr("Rows already in the database (the same customer, interaction or response "
                                   "number) are updated to what the "
                                   "file says; importing the same file twice adds nothing."),
                                this);
    matching->setWordWrap(true);
    auto* undo =
        new QLabel(tr("<b>An import cannot be undone.</b> Edit › Undo does not reach it. If you might "
                      "want to go back, make a backup first with File › Back Up Database…"),
                   this);
    undo->setObjectName(QStringLiteral("undoWarningLabel"));
    undo->setWordWrap(true);
    undo->setTextFormat(Qt::RichText);
    auto* cancel =
        new QLabel(tr("You can cancel while it runs: the database then stays exactly as it was."), this);
    cancel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addSpacing(8);
    layout->addWidget(matching);
    layout->addWidget(undo);
    layout->addWidget(cancel);
    layout->addStretch();
}

bool ImportOptionsPage::skipInvalid() const
{
    return m_skipRadio->isChecked();
}

} // namespace rapport::app
