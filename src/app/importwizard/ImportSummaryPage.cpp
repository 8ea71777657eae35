#include "importwizard/ImportSummaryPage.h"

#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportWizard.h"
#include "interchange/CsvImporter.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard) : QWizardPage(&wizard), m_wizard(wizard)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did."));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("summaryHeadlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_counts = new QWidget(this);
    auto* form = new QFormLayout(m_counts);
    form->setContentsMargins(0, 0, 0, 0);
    auto count = [&](const QString& label, const char* name) {
        auto* value = new QLabel(m_counts);
        value->setObjectName(QString::fromLatin1(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")));
        form->addRow(label, value);
        return value;
    };
    m_rows = count(tr("Rows read:"), "rowsCountLabel");
    m_added = count(tr("Added:"), "addedCountLabel");
    m_updated = count(tr("Updated:"), "updatedCountLabel");
    m_unchanged = count(tr("Unchanged:"), "unchangedCountLabel");
    m_repsCreated = count(tr("Reps created:"), "repsCreatedCountLabel");
    m_invalid = count(tr("Invalid rows:"), "invalidCountLabel");

    m_problemsLabel = new QLabel(tr("&Problems (line: column: reason):"), this);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problemsPlainTextEdit"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problemsLabel->setBuddy(m_problems);
    m_copyButton = new QPushButton(tr("C&opy Problems"), this);
    m_copyButton->setObjectName(QStringLiteral("copyProblemsButton"));
    m_copyButton->setToolTip(tr("Copy the list of problems to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_problems->toPlainText()); });
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copyButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts, 0, Qt::AlignLeft);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 100);
    layout->addLayout(copyRow);
    // Keeps the text at the top when there is no list of problems.
    layout->addStretch(1);
}

void ImportSummaryPage::setCount(QLabel* label, qint64 value)
{
    label->setText(QLocale().toString(value));
}

void ImportSummaryPage::initializePage()
{
    const auto& result = m_wizard.result();
    QString problems;
    if (!result || !result->ok()) {
        m_headline->setText(tr("The import failed; nothing was changed. %1")
                                .arg(result ? result->error().message : tr("It did not run.")));
        m_counts->hide();
        if (result)
            problems = result->error().details();
    } else {
        const core::ImportReport& r = result->value();
        m_counts->show();
        setCount(m_rows, r.rows);
        setCount(m_added, r.added);
        setCount(m_updated, r.updated);
        setCount(m_unchanged, r.unchanged);
        setCount(m_repsCreated, r.repsCreated);
        setCount(m_invalid, r.invalidRows);
        if (r.cancelled) {
            m_headline->setText(tr("The import was cancelled. Nothing was changed: the database is as it was "
                                   "before."));
            m_counts->hide();
        } else if (!r.fileProblem.isEmpty()) {
            m_headline->setText(
                tr("The file was rejected: it cannot be read as a whole. Nothing was written."));
            m_counts->hide();
        } else if (!r.accepted) {
            m_headline->setText(
                tr("The file was rejected: it has invalid rows (%1, listed below). Nothing was "
                   "written. Correct them and import the file again, or import it skipping the "
                   "invalid rows.")
                    .arg(r.invalidRows));
            // Counts of a rejected file only cover the rows before the first invalid one: misleading here.
            m_counts->hide();
        } else if (r.written) {
            m_headline->setText(
                r.invalidRows > 0
                    ? tr("The file was imported without its invalid rows (%1 skipped, listed below).")
                          .arg(r.invalidRows)
                    : tr("%1 was imported.").arg(QFileInfo(m_wizard.filePage().path()).fileName()));
        } else {
            m_headline->setText(tr("The file has no rows: nothing was imported."));
        }
        problems = r.problemsText();
        if (!r.warnings.isEmpty())
            problems += r.warnings.join(QLatin1Char('\n')) + QLatin1Char('\n');
        if (r.accepted && r.invalidRows == 0 && r.warnings.isEmpty())
            problems.clear();
    }
    m_problems->setPlainText(problems);
    const bool any = !problems.isEmpty();
    m_problemsLabel->setVisible(any);
    m_problems->setVisible(any);
    m_copyButton->setVisible(any);
}

QString ImportSummaryPage::headline() const
{
    return m_headline->text();
}

QString ImportSummaryPage::problemsText() const
{
    return m_problems->toPlainText();
}

} // namespace rapport::app
