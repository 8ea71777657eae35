#include "MainWindow.h"

#include "DatabaseSession.h"
#include "storage/DatabaseStats.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace rapport::app {

MainWindow::MainWindow(DatabaseSession& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->backupDatabaseAction, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_session, &DatabaseSession::opened, this, &MainWindow::refresh);
    connect(&m_session, &DatabaseSession::changed, this, &MainWindow::refresh);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString& path, bool createIfMissing)
{
    const auto mode = createIfMissing ? core::Database::OpenMode::CreateIfMissing
                                      : core::Database::OpenMode::OpenExisting;
    if (core::Status s = m_session.open(path, mode); !s) {
        showError(tr("The database could not be opened."), s.error().details());
        return false;
    }
    QSettings().setValue(QStringLiteral("session/lastDatabase"), m_session.path());
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
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
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Rapport Database"), QString(),
                                                      tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::backupDatabase()
{
    if (!m_session.isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Database"), m_session.path() + tr(".backup"),
                                                      tr("Rapport databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (core::Status s = m_session.database().backupTo(path); !s)
        showError(tr("The backup could not be written."), s.error().details());
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(path), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapport"),
                       tr("<b>Rapport</b> %1<br>A CRM workbench for measuring, reflecting and improving.")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::refresh()
{
    const QList<QLabel*> counts{m_ui->repsCountLabel,         m_ui->customersCountLabel,
                                m_ui->activeCountLabel,       m_ui->interactionsCountLabel,
                                m_ui->surveysCountLabel,      m_ui->goalsCountLabel};
    m_ui->backupDatabaseAction->setEnabled(m_session.isOpen());
    if (!m_session.isOpen()) {
        m_ui->databaseLabel->setText(tr("No database open"));
        for (QLabel* label : counts)
            label->setText(QStringLiteral("–"));
        return;
    }
    m_ui->databaseLabel->setText(tr("Database: %1").arg(m_session.path()));
    setWindowTitle(tr("%1 – Rapport").arg(QFileInfo(m_session.path()).fileName()));
    statusBar()->showMessage(tr("Database: %1").arg(m_session.path()));
    auto stats = core::DatabaseStats::read(m_session.database());
    if (!stats) {
        showError(tr("The database could not be read."), stats.error().details());
        return;
    }
    const QLocale locale;
    const std::array<qint64, 6> values{stats->reps,         stats->customers,       stats->activeCustomers,
                                       stats->interactions, stats->surveyResponses, stats->goals};
    for (std::size_t i = 0; i < values.size(); ++i)
        counts[static_cast<qsizetype>(i)]->setText(locale.toString(values[i]));
}

void MainWindow::showError(const QString& summary, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, tr("Rapport"), summary, QMessageBox::Ok, this);
    box.setDetailedText(details);
    box.exec();
}

} // namespace rapport::app
