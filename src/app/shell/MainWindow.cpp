#include "shell/MainWindow.h"

#include "churnreasons/ChurnReasonListDialog.h"
#include "connection/ConnectionActions.h"
#include "dashboard/DashboardView.h"
#include "goals/GoalsView.h"
#include "importwizard/ImportWizard.h"
#include "logging/LogCategories.h"
#include "products/ProductsView.h"
#include "reflection/ReflectionView.h"
#include "services/DatabaseAccess.h"
#include "services/FollowUpService.h"
#include "services/ListExports.h"
#include "services/RepService.h"
#include "shell/Appearance.h"
#include "shell/AppearanceMenu.h"
#include "shell/BackupFlow.h"
#include "shell/BookSettingsDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/DatabaseUpgradeJob.h"
#include "shell/FirstRunPage.h"
#include "shell/LanguageMenu.h"
#include "shell/ListExportFlow.h"
#include "shell/ListExportJob.h"
#include "shell/PageNavigation.h"
#include "shell/RepPicker.h"
#include "shell/SessionStatusLabels.h"
#include "ui_MainWindow.h"
#include "widgets/ListQueryRunner.h"
#include "winback/WinBackView.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"
#include "workspace/FollowUpsView.h"
#include "workspace/InteractionTableModel.h"
#include "workspace/InteractionsView.h"
#include "workspace/LogInteractionDialog.h"
#include "workspace/SurveysView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <algorithm>

namespace rapport::app {
namespace {
const QString kRepKey = QStringLiteral("session/rep");

// The one local .csv file being dragged, empty if the drag holds anything else.
QString droppedCsvFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    if (path.isEmpty() || QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return {};
    return path;
}
} // namespace

MainWindow::MainWindow(DatabaseSession& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_customersView(new CustomersView(session, this)), m_followUpsView(new FollowUpsView(session, this)),
      m_interactionsView(new InteractionsView(session, this)), m_surveysView(new SurveysView(session, this)),
      m_statusLabels(nullptr)
{
    m_ui->setupUi(this);
    m_statusLabels = std::make_unique<SessionStatusLabels>(session, statusBar());
    m_exportFlow = new ListExportFlow(session, this);
    m_backupFlow = new BackupFlow(session, this);
    connect(m_backupFlow, &BackupFlow::finished, this, &MainWindow::backupFinishedInternal);
    connect(m_exportFlow, &ListExportFlow::runningChanged, this, &MainWindow::updateExportListAction);
    connect(m_exportFlow, &ListExportFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_exportFlow, &ListExportFlow::finished, this, &MainWindow::listExportFinished);
    connect(m_exportFlow, &ListExportFlow::failed, this, &MainWindow::showError);
    QFont heading = m_ui->titleLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->titleLabel->setFont(heading);

    // The dashboard (figures, trends, team, cohorts) takes the page.
    m_ui->titleLabel->hide();
    m_ui->databaseLabel->hide();
    m_ui->dashboardHintLabel->hide();
    m_ui->dashboardLayout->removeItem(m_ui->bottomSpacer);
    delete m_ui->bottomSpacer; // removeItem hands it back to us
    auto* dashboard = new DashboardView(session, session.clock(), this);
    // While the book has no customers, its first steps take the dashboard's place.
    m_firstRun = new FirstRunPage(session, dashboard, this);
    m_ui->dashboardLayout->addWidget(m_firstRun, 1);
    connect(m_firstRun, &FirstRunPage::importRequested, this, [this] { openImportWizard(); });
    connect(m_firstRun, &FirstRunPage::newCustomerRequested, m_ui->newCustomerAction, &QAction::trigger);
    connect(m_firstRun, &FirstRunPage::questionnaireRequested, this, [this] { showPage(ReflectionPage); });
    connect(m_firstRun, &FirstRunPage::signInRequested, this, [this] { chooseRep(false); });
    m_ui->fileMenu->insertAction(m_ui->exportListAction, m_firstRun->demoAction());
    // A drill-down's record opens its customer as the lists do: on the Customers page.
    connect(dashboard, &DashboardView::openCustomerRequested, this, &MainWindow::showCustomer);

    // Pages in the order of the Page enum.
    m_ui->pagesStackedWidget->addWidget(m_customersView);
    m_ui->pagesStackedWidget->addWidget(m_interactionsView);
    m_ui->pagesStackedWidget->addWidget(m_followUpsView);
    m_ui->pagesStackedWidget->addWidget(m_surveysView);
    m_ui->pagesStackedWidget->addWidget(new GoalsView(session, session.clock(), this));
    m_ui->pagesStackedWidget->addWidget(new ReflectionView(session, session.clock(), this));
    m_ui->pagesStackedWidget->addWidget(new ProductsView(session, this));
    auto* winBack = new WinBackView(session, this);
    m_ui->pagesStackedWidget->addWidget(winBack);
    connect(winBack, &WinBackView::openCustomerRequested, this, &MainWindow::showCustomer);
    addPageEntries({{tr("Dashboard"), QStringLiteral("go-home")},
                    {tr("Customers"), QStringLiteral("system-users")},
                    {tr("Interactions"), QStringLiteral("mail-message")},
                    {tr("Follow-ups"), QStringLiteral("appointment-new")},
                    {tr("Surveys"), QStringLiteral("view-statistics")},
                    {tr("Goals"), QStringLiteral("flag")},
                    {tr("Reflection"), QStringLiteral("help-about")},
                    {tr("Products"), QStringLiteral("package-x-generic")},
                    {tr("Win-back"), QStringLiteral("call-start")}},
                   m_ui->navigationListWidget, m_ui->goMenu, this,
                   [this](int page) { showPage(static_cast<Page>(page)); });
    m_ui->navigationListWidget->setObjectName(QStringLiteral("navigationListWidget"));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigationListWidget->setCurrentRow(DashboardPage);
    // In a small window the pages can have the navigation bar's room (issue 20); Go still reaches them.
    m_ui->goMenu->addSeparator();
    QAction* navigation = m_ui->goMenu->addAction(tr("Show &Navigation Bar"));
    navigation->setObjectName(QStringLiteral("showNavigationAction"));
    navigation->setCheckable(true);
    navigation->setShortcut(QKeySequence(Qt::Key_F9));
    navigation->setStatusTip(tr("Show or hide the list of pages on the left"));
    navigation->setChecked(QSettings().value(QStringLiteral("mainWindow/navigationVisible"), true).toBool());
    m_ui->navigationListWidget->setVisible(navigation->isChecked());
    connect(navigation, &QAction::toggled, this, [this](bool shown) {
        m_ui->navigationListWidget->setVisible(shown);
        QSettings().setValue(QStringLiteral("mainWindow/navigationVisible"), shown);
    });

    // Edit menu: the session's undo history.
    QAction* undo = m_session.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_session.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addMenu(AppearanceMenu::create(this));
    m_ui->editMenu->addMenu(LanguageMenu::create(this));
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(undo);
    m_ui->mainToolBar->addAction(redo);

    m_ui->newDatabaseAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->openDatabaseAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_ui->backupDatabaseAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_ui->logInteractionAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_ui->newCustomerAction->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_ui->exportListAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_ui->exportListAction->setIconText(tr("Export List…"));
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->importAction);
    m_ui->mainToolBar->addAction(m_ui->exportListAction);
    // A CSV file dropped on the window opens the import wizard with it.
    setAcceptDrops(true);

    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->backupDatabaseAction, &QAction::triggered, this, &MainWindow::backupDatabaseDialog);
    m_ui->fileMenu->insertAction(m_ui->backupDatabaseAction,
                                 BookSettingsDialog::createAction(m_session, this));
    BookSettingsDialog::hintWhenMissing(m_session, statusBar());
    m_connections =
        new ConnectionActions(m_ui->fileMenu, m_ui->openDatabaseAction, this,
                              [this](const QString& address) { return openDatabase(address, false); });
    // File › Export: each kind of record as CSV in the interchange format.
    QMenu* exportMenu =
        m_exportFlow->createExportAllMenu(this, [this](core::CsvKind kind) { exportCsvDialog(kind); });
    // Next to Import and Export This List, before the separator above Quit.
    const QList<QAction*> fileActions = m_ui->fileMenu->actions();
    const qsizetype quitIndex = fileActions.indexOf(m_ui->quitAction);
    m_ui->fileMenu->insertMenu(quitIndex > 0 ? fileActions[quitIndex - 1] : m_ui->quitAction, exportMenu);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    connect(m_ui->exportListAction, &QAction::triggered, this, &MainWindow::exportCurrentListDialog);
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this,
            &MainWindow::updateExportListAction);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->logInteractionAction, &QAction::triggered, this, &MainWindow::logInteraction);
    connect(m_ui->newCustomerAction, &QAction::triggered, this, [this] {
        showPage(CustomersPage);
        m_customersView->newCustomer();
    });
    connect(m_ui->editCustomerAction, &QAction::triggered, m_customersView, &CustomersView::editCurrent);
    connect(m_ui->churnCustomerAction, &QAction::triggered, m_customersView,
            &CustomersView::toggleChurnCurrent);
    connect(m_ui->deleteCustomerAction, &QAction::triggered, m_customersView, &CustomersView::deleteCurrent);
    connect(m_ui->recordSurveyAction, &QAction::triggered, this, [this] {
        const qint64 customer = currentPage() == CustomersPage ? m_customersView->currentCustomerId() : 0;
        showPage(SurveysPage);
        m_surveysView->startRecording(customer);
    });
    connect(m_ui->switchRepAction, &QAction::triggered, this, [this] { chooseRep(true); });
    connect(m_customersView, &CustomersView::currentCustomerChanged, this,
            &MainWindow::updateCustomerActions);
    connect(m_followUpsView, &FollowUpsView::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(m_interactionsView, &InteractionsView::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(m_ui->churnReasonsAction, &QAction::triggered, this, [this] {
        if (m_session.isOpen())
            ChurnReasonListDialog(m_session, this).exec();
    });
    connect(&m_session, &DatabaseSession::opened, this, [this] {
        chooseRep(false);
        refresh();
    });
    connect(&m_session, &DatabaseSession::changed, this, &MainWindow::refresh);
    connect(&m_session, &DatabaseSession::currentRepChanged, this, &MainWindow::refresh);
    connect(&m_session, &DatabaseSession::errorOccurred, this, &MainWindow::presentError);
    m_connections->followSession(m_session, statusBar(), [this] { m_statusLabels->refresh(); });
    connect(&m_session.undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QUndoCommand* last = m_session.undoStack().command(m_session.undoStack().index() - 1);
        if (last)
            statusBar()->showMessage(tr("Done: %1").arg(last->text()), 4000);
    });

    setMinimumSize(900, 560);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: the dashboard's charts need room, so take most of the screen.
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(std::max(minimumWidth(), available.width() * 9 / 10),
                   std::max(minimumHeight(), available.height() * 9 / 10));
        }
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int page = settings.value(QStringLiteral("mainWindow/page"), DashboardPage).toInt();
    showPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : DashboardPage);
    refresh();
}

MainWindow::~MainWindow() = default; // m_backupFlow, a child, waits for a backup being written

bool MainWindow::openDatabase(const QString& path, bool createIfMissing)
{
    const auto mode =
        createIfMissing ? core::DatabaseOpenMode::CreateIfMissing : core::DatabaseOpenMode::OpenExisting;
    // An existing file is opened first on a worker, where a schema upgrade can take its time;
    // the window's connection then finds the file current.
    QString upgradeBackup;
    QString address = path;
    if (core::DatabaseAccess::isServerAddress(path)) {
        auto ready = m_connections->flow().prepare(path);
        if (!ready) {
            showError(tr("Rapport could not connect to the team server."), ready.error().details());
            return false;
        }
        if (ready->isEmpty())
            return false; // the password was not given
        address = *ready;
    } else if (QFileInfo::exists(path)) {
        auto prepared = DatabaseUpgradeJob::run(this, path);
        if (!prepared) {
            showError(tr("The database could not be opened."), prepared.error().details());
            return false;
        }
        upgradeBackup = *prepared;
    }
    if (core::Status s = m_session.open(address, mode); !s) {
        showError(tr("The database could not be opened."), s.error().details());
        return false;
    }
    QSettings().setValue(QStringLiteral("session/lastDatabase"), m_session.rememberedAddress());
    if (m_session.isServer())
        m_connections->remember(m_session.rememberedAddress());
    if (!upgradeBackup.isEmpty())
        statusBar()->showMessage(
            tr("The database was upgraded for this version of Rapport; the old file is kept as %1")
                .arg(QDir::toNativeSeparators(upgradeBackup)),
            20000);
    return true;
}

void MainWindow::chooseRep(bool ask)
{
    if (!m_session.isOpen())
        return;
    auto reps = core::RepService(m_session.database()).list();
    if (!reps) {
        showError(tr("The list of reps could not be read."), reps.error().details());
        return;
    }
    QSettings settings;
    const QString remembered = settings.value(kRepKey).toString();
    QString chosen;
    for (const core::Rep& rep : *reps)
        if (rep.id == remembered)
            chosen = rep.id;
    if (chosen.isEmpty() && reps->size() == 1)
        chosen = reps->front().id;
    if (ask || (chosen.isEmpty() && !reps->empty() && isVisible())) {
        // Declining keeps the rep remembered (or the only one); an empty book has none.
        if (const auto picked =
                RepPicker::ask(this, *reps, chosen.isEmpty() ? m_session.currentRep() : chosen))
            chosen = *picked;
    }
    if (chosen.isEmpty())
        return;
    settings.setValue(kRepKey, chosen);
    m_session.setCurrentRep(chosen);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationListWidget->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pagesStackedWidget->currentIndex());
}

void MainWindow::showCustomer(qint64 id)
{
    showPage(CustomersPage);
    m_customersView->showCustomer(id);
    activateWindow();
}

void MainWindow::logInteraction()
{
    if (!m_session.isOpen())
        return;
    LogInteractionDialog dialog(m_session, this);
    if (currentPage() == CustomersPage)
        dialog.setCustomer(m_customersView->currentCustomerId());
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), static_cast<int>(currentPage()));
    event->accept();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Rapport Database"), QString(),
                                                      tr("Rapport databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("A file with that name already exists."), path);
        return;
    }
    // A new book's currency is chosen at creation.
    if (openDatabase(path, true) && BookSettingsDialog::edit(m_session, this))
        statusBar()->clearMessage();
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Rapport Database"), QString(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::backupDatabaseDialog()
{
    if (!m_session.isOpen())
        return;
    // The file dialog asks before an existing file is replaced; the backup then replaces it.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Database"), m_session.path() + tr(".backup"), tr("Rapport databases (*.sqlite)"));
    if (!path.isEmpty())
        backupDatabase(path);
}

bool MainWindow::backupDatabase(const QString& target)
{
    if (!m_backupFlow->start(target))
        return false;
    m_ui->backupDatabaseAction->setEnabled(false);
    return true;
}

void MainWindow::backupFinishedInternal(const QString& target, const QString& error)
{
    m_ui->backupDatabaseAction->setEnabled(m_session.isOpen());
    if (error.isEmpty())
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
    emit backupFinished(error.isEmpty());
    if (!error.isEmpty())
        showError(tr("The backup could not be written."), error);
}

void MainWindow::exportCsvDialog(core::CsvKind kind)
{
    if (!m_session.isOpen())
        return;
    const QString suggested = core::toString(kind) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(kind, path);
}

bool MainWindow::exportCsv(core::CsvKind kind, const QString& path)
{
    return startExport(core::ListExports::table(kind), path);
}

ImportWizard* MainWindow::openImportWizard(const QString& file)
{
    if (!m_session.isOpen())
        return nullptr;
    auto* wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!file.isEmpty())
        wizard->setFile(file);
    // The wizard emits the session's changed() itself, which refreshes every view.
    connect(wizard, &ImportWizard::imported, this, [this](const core::ImportReport& report) {
        statusBar()->showMessage(tr("Imported: %1 added, %2 updated").arg(report.added).arg(report.updated),
                                 8000);
    });
    wizard->open();
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session.isOpen() && !droppedCsvFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsvFile(event->mimeData());
    if (path.isEmpty() || !m_session.isOpen())
        return;
    event->acceptProposedAction();
    openImportWizard(path);
}

QString MainWindow::suggestedExportName() const
{
    QString base;
    switch (currentPage()) {
    case CustomersPage:
        base = tr("customers", "file name");
        break;
    case InteractionsPage:
        base = tr("interactions", "file name");
        break;
    case SurveysPage:
        base = tr("survey-responses", "file name");
        break;
    default:
        return {};
    }
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    return QStringLiteral("%1-%2.csv").arg(base, today.toString(Qt::ISODate));
}

void MainWindow::updateExportListAction()
{
    const Page page = currentPage();
    const bool listed = page == CustomersPage || page == InteractionsPage || page == SurveysPage;
    const bool busy = m_exportFlow->isRunning();
    m_ui->exportListAction->setEnabled(m_session.isOpen() && listed && !busy);
}

void MainWindow::exportCurrentListDialog()
{
    const QString name = suggestedExportName();
    if (!m_session.isOpen() || name.isEmpty())
        return;
    if (const QString path = m_exportFlow->chooseFile(name); !path.isEmpty())
        exportCurrentList(path);
}

bool MainWindow::exportCurrentList(const QString& path)
{
    // The filter and order are copied now: the export writes what the list showed when asked.
    core::ListExportRequest request;
    switch (currentPage()) {
    case CustomersPage: {
        const CustomerTableModel& model = m_customersView->model();
        request =
            core::ListExports::customers(model.filter(), model.sortColumn(), model.isSortedDescending());
        break;
    }
    case InteractionsPage:
        request = core::ListExports::interactions(m_interactionsView->model().filter());
        break;
    case SurveysPage:
        request = core::ListExports::surveys(m_surveysView->currentFilter());
        break;
    default:
        return false;
    }
    return startExport(std::move(request), path);
}

bool MainWindow::startExport(core::ListExportRequest request, const QString& path)
{
    return m_exportFlow->start(std::move(request), path);
}

ListExportJob* MainWindow::exportJob() const
{
    return m_exportFlow->job();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<b>Rapport</b> %1<br>A CRM workbench for measuring, reflecting and improving.")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::refresh()
{
    m_statusLabels->refresh();
    refreshFollowUpCount();
    updateCustomerActions();
    const bool open = m_session.isOpen();
    for (QAction* action : {m_ui->backupDatabaseAction, m_ui->logInteractionAction, m_ui->newCustomerAction,
                            m_ui->recordSurveyAction, m_ui->switchRepAction, m_ui->importAction})
        action->setEnabled(open);
    updateExportListAction();
    if (!open) {
        m_ui->databaseLabel->setText(tr("No database open"));
        return;
    }
    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_session.path()));
    setWindowTitle(tr("%1 – Rapport").arg(QFileInfo(m_session.path()).fileName()));
}

void MainWindow::refreshFollowUpCount()
{
    QListWidgetItem* item = m_ui->navigationListWidget->item(FollowUpsPage);
    qint64 overdue = 0;
    if (m_session.isOpen() && !m_session.currentRep().isEmpty()) {
        auto n = core::FollowUpService(m_session.database())
                     .countOverdue(m_session.currentRep(), m_session.clock().nowUtc());
        if (n)
            overdue = *n;
    }
    item->setText(overdue > 0 ? tr("Follow-ups (%1)").arg(overdue) : tr("Follow-ups"));
    item->setToolTip(overdue > 0 ? tr("%Ln overdue follow-up(s) (Ctrl+4)", nullptr, static_cast<int>(overdue))
                                 : tr("Follow-ups (Ctrl+4)"));
    QFont font = m_ui->navigationListWidget->font();
    font.setBold(overdue > 0);
    item->setFont(font);
}

void MainWindow::updateCustomerActions()
{
    const bool has = m_session.isOpen() && m_customersView->currentCustomerId() != 0;
    m_ui->editCustomerAction->setEnabled(has);
    m_ui->churnCustomerAction->setEnabled(has);
    m_ui->deleteCustomerAction->setEnabled(has);
}

void MainWindow::showError(const QString& summary, const QString& details)
{
    // The window's own summaries name files and actions, never a customer.
    qCWarning(lcUi).noquote() << summary << details;
    presentError(summary, details);
}

void MainWindow::presentError(const QString& summary, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, tr("Rapport"), summary, QMessageBox::Ok, this);
    box.setDetailedText(details);
    box.exec();
}

} // namespace rapport::app
