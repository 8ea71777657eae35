#include "importwizard/ImportPreviewPage.h"

#include "common/Error.h"
#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportPreviewModel.h"
#include "importwizard/ImportWizard.h"
#include "interchange/ImportPreview.h"
#include "logging/LogCategories.h"
#include "services/BackgroundJob.h"
#include "services/DatabaseAccess.h"
#include "shell/DatabaseSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::app {

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : QWizardPage(&wizard), m_wizard(wizard), m_job(jobFor(wizard.session())),
      m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("The first rows of the file, checked as the import will check them. Invalid rows are "
                   "tinted; point at one to read its problems."));
    m_model = new ImportPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewTableView"));
    m_view->setAccessibleName(tr("Preview of the file's rows"));
    m_invalidOnly = new QSortFilterProxyModel(this);
    m_invalidOnly->setSourceModel(m_model);
    m_invalidOnly->setFilterRole(ImportPreviewModel::InvalidRole);
    m_view->setModel(m_invalidOnly);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_invalidOnlyCheck = new QCheckBox(tr("Show &only invalid rows"), this);
    m_invalidOnlyCheck->setObjectName(QStringLiteral("invalidOnlyCheckBox"));
    // The problems of the current row in full, for keyboard users and long reasons.
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("rowProblemsLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setMinimumHeight(2 * m_problemLabel->fontMetrics().lineSpacing());
    m_problemLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("previewBusyBar"));
    m_busyBar->setAccessibleName(tr("Checking the rows"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_busyBar);
    top->addWidget(m_invalidOnlyCheck);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problemLabel);
    connect(m_invalidOnlyCheck, &QCheckBox::toggled, this, [this](bool only) {
        // The filter role holds a bool: "true" as text matches the invalid rows.
        m_invalidOnly->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewPage::showCurrentProblems);
}

void ImportPreviewPage::showCurrentProblems()
{
    const QModelIndex current = m_invalidOnly->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_problemLabel->clear();
        return;
    }
    const core::ImportPreviewRow& row = m_model->preview().rows[static_cast<std::size_t>(current.row())];
    m_problemLabel->setText(
        !row.problems.isEmpty() ? tr("Line %1: %2").arg(row.line).arg(row.problems.join(QStringLiteral("; ")))
        : row.notices.isEmpty()
            ? tr("Line %1 is valid.").arg(row.line)
            : tr("Line %1 is valid, but: %2").arg(row.line).arg(row.notices.join(QStringLiteral("; "))));
}

ImportPreviewPage::~ImportPreviewPage()
{
    ++*m_generation; // an answer still on its way is for nobody
}

core::BackgroundJob& ImportPreviewPage::jobFor(DatabaseSession& session)
{
    const QString name = QStringLiteral("importPreviewJob");
    if (auto* job = session.findChild<core::BackgroundJob*>(name, Qt::FindDirectChildrenOnly))
        return *job;
    auto* job = new core::BackgroundJob(QStringLiteral("import preview"), &session);
    job->setObjectName(name);
    return *job;
}

void ImportPreviewPage::initializePage()
{
    const quint64 generation = ++*m_generation;
    m_usable = false;
    m_checking = true;
    m_model->setPreview({});
    m_problemLabel->clear();
    m_invalidOnlyCheck->setEnabled(false);
    m_summaryLabel->setText(tr("Checking the first rows of the file…"));
    m_busyBar->show();
    emit completeChanged();

    // Once per wizard: a fresh connection, to whatever file the session has open now.
    DatabaseSession& session = m_wizard.session();
    if (core::DatabaseAccess::isInMemory(session.database()))
        m_job.setInMemoryDatabase(&session.database());
    else if (!m_connected)
        m_job.setDatabase(session.address());
    m_connected = true;
    const std::shared_ptr<const core::ImportFileHead> head = m_wizard.filePage().head();
    const core::CsvKind kind = m_wizard.filePage().kind();
    const QHash<QString, QString> mapping = m_wizard.mappingPage().columnMapping();
    const std::shared_ptr<const std::atomic<quint64>> latest = m_generation;
    const auto wanted = [latest, generation] { return latest->load() == generation; };
    m_job.post<core::Result<core::ImportPreviewData>>(
        this,
        [head, kind, mapping](core::JobContext& context) -> core::Result<core::ImportPreviewData> {
            if (!head)
                return core::Error::make(tr("The file has not been read."));
            auto db = context.database();
            if (!db)
                return db.error();
            // The dry run takes the write lock for its rows: if another writer (an import from
            // the command line) holds it, give up after a second and say so; the user can come
            // back to this page. This connection is the preview's own, so the setting stays here.
            if (core::Status s = core::DatabaseAccess::setBusyTimeout(**db, 1000); !s)
                return s.error();
            return core::ImportPreview::check(**db, kind, *head, mapping,
                                              [&context] { return context.isCancelled(); });
        },
        [this](core::Result<core::ImportPreviewData> preview) { showPreview(preview); }, wanted);
}

void ImportPreviewPage::cleanupPage()
{
    ++*m_generation;
    m_checking = false;
    m_busyBar->hide();
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::showPreview(const core::Result<core::ImportPreviewData>& preview)
{
    m_checking = false;
    m_busyBar->hide();
    m_usable = false;
    if (!preview) {
        qCWarning(lcUi) << "import preview failed:" << preview.error().details();
        m_model->setPreview({});
        m_summaryLabel->setText(
            tr("The file cannot be checked: %1\nIf another import is running, wait for it to "
               "finish, then go back and come to this page again.")
                .arg(preview.error().message));
        emit completeChanged();
        emit checked();
        return;
    }
    const core::ImportPreviewData& data = *preview;
    const int shown = static_cast<int>(data.rows.size());
    QString text;
    if (!data.fileProblem.isEmpty()) {
        text = tr("This file cannot be imported: %1").arg(data.fileProblem);
    } else {
        m_usable = true;
        if (shown == 0 && data.moreRows)
            text = tr("No whole row was found at the start of the file (is a quote not closed?), so "
                      "there is nothing to show.");
        else if (shown == 0)
            text = tr("The file has a header but no rows: there is nothing to import.");
        else if (data.invalidRows == 0)
            text = data.moreRows ? tr("The first %1 rows are all valid.").arg(shown)
                                 : tr("All rows of the file are valid (%1).").arg(shown);
        else
            text = data.moreRows
                       ? tr("%1 of the first %2 rows are invalid.").arg(data.invalidRows).arg(shown)
                       : tr("%1 of the %2 rows of the file are invalid.").arg(data.invalidRows).arg(shown);
        if (data.moreRows)
            text +=
                QLatin1Char(' ') + (shown == 0 ? tr("The whole file is checked when it is imported.")
                                               : tr("The rest of the file is checked when it is imported."));
    }
    m_summaryLabel->setText(text);
    m_model->setPreview(data);
    m_invalidOnlyCheck->setEnabled(data.invalidRows > 0);
    if (data.invalidRows == 0)
        m_invalidOnlyCheck->setChecked(false);
    m_view->resizeColumnsToContents();
    // A long problem text would push the file's columns out of sight: cap it, the line below
    // the table and the tooltip show it whole.
    const int problemsWidth = qMax(260, m_wizard.width() * 2 / 5);
    const int cellWidth = qMax(160, m_wizard.width() / 4);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c),
                                       c == ImportPreviewModel::ProblemsColumn ? problemsWidth : cellWidth));
    // Start on the first invalid row, so its reasons show at once.
    int first = 0;
    for (int r = 0; r < m_invalidOnly->rowCount(); ++r) {
        if (m_invalidOnly->index(r, 0).data(ImportPreviewModel::InvalidRole).toBool()) {
            first = r;
            break;
        }
    }
    if (m_invalidOnly->rowCount() > 0)
        m_view->setCurrentIndex(m_invalidOnly->index(first, 0));
    else
        m_problemLabel->clear();
    emit completeChanged();
    emit checked();
}

bool ImportPreviewPage::isComplete() const
{
    return m_usable;
}

QString ImportPreviewPage::summaryText() const
{
    return m_summaryLabel->text();
}

} // namespace rapport::app
