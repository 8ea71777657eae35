#pragma once

#include "widgets/ListQueryRunner.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace rapport::core {
enum class CsvKind;
struct ListExportRequest;
} // namespace rapport::core

namespace rapport::app {

class BackupFlow;
class ConnectionActions;
class CustomersView;
class DatabaseSession;
class FirstRunPage;
class FollowUpsView;
class ImportWizard;
class InteractionsView;
class ListExportFlow;
class SessionStatusLabels;
class ListExportJob;
class SurveysView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The pages of the sidebar, in order.
    enum Page {
        DashboardPage,
        CustomersPage,
        InteractionsPage,
        FollowUpsPage,
        SurveysPage,
        GoalsPage,
        ReflectionPage,
        ProductsPage, // after the first seven, so Ctrl+1…7 still reach what they always did
        WinBackPage,
        PageCount
    };

    explicit MainWindow(DatabaseSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (a file, or a team server's postgresql:// address: connected to on a worker
    // first, asking for a password if the server wants one), showing a message (and keeping
    // the current database) on failure.
    bool openDatabase(const QString& path, bool createIfMissing);
    // File › Connect to Team Server… and Recent Team Servers.
    ConnectionActions& connections() { return *m_connections; }
    // Signs in the remembered rep, the only rep, or (when `ask`) the one the user picks.
    void chooseRep(bool ask);
    void showPage(Page page);
    Page currentPage() const;

    CustomersView& customersView() { return *m_customersView; }
    FollowUpsView& followUpsView() { return *m_followUpsView; }
    InteractionsView& interactionsView() { return *m_interactionsView; }
    SurveysView& surveysView() { return *m_surveysView; }
    FirstRunPage& firstRunPage() { return *m_firstRun; }

    // Shows the customer on the Customers page (a drill-down's or the win-back queue's record).
    void showCustomer(qint64 id);
    // Opens the log-interaction dialog (Ctrl+L), for the customer on screen if any.
    void logInteraction();
    // File › Export All Records as CSV: every record of one kind (0 reps, 1 customers,
    // 2 interactions, 3 surveys, 4 products, as core::CsvKind) to `path` in the interchange format.
    // Like exportCurrentList() it starts the export on a worker thread and returns at once;
    // false when no database is open, the kind is unknown or an export is running.
    bool exportCsv(core::CsvKind kind, const QString& path);

    // File › Back Up: a consistent copy of the open database at `target` (replaced if it
    // exists), written on a worker thread; backupFinished() tells how it went. False when no
    // database is open or a backup is running.
    bool backupDatabase(const QString& target);

    // File › Import (Ctrl+I): the import wizard, window-modal, starting with `file` when given
    // (a CSV file dropped on the window). nullptr while no database is open.
    ImportWizard* openImportWizard(const QString& file = {});

    // File › Export This List as CSV (Ctrl+Shift+E): what the current page lists (customers,
    // interactions or survey responses), with its filters and order. exportCurrentList()
    // starts writing to `path` on a worker thread with a progress dialog and returns at
    // once; false when the page lists nothing exportable or an export is running.
    bool exportCurrentList(const QString& path);
    // The running or last export (until the next one), for tests.
    ListExportJob* exportJob() const;
    // "customers-2026-11-24.csv" for the current page; empty when it has no exportable list.
    QString suggestedExportName() const;

signals:
    // A list export has finished (written, failed or cancelled); the status bar says which.
    void listExportFinished();
    // A backup has finished; on failure an error message has been shown.
    void backupFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void newDatabase();
    void openDatabaseDialog();
    void backupDatabaseDialog();
    void backupFinishedInternal(const QString& target, const QString& error);
    void exportCsvDialog(core::CsvKind kind);
    void exportCurrentListDialog();
    bool startExport(core::ListExportRequest request, const QString& path);
    void updateExportListAction();
    void showAbout();
    void refresh();
    void refreshFollowUpCount();
    void updateCustomerActions();
    // Logs the error and shows it; presentError() only shows one the session has logged.
    void showError(const QString& summary, const QString& details);
    void presentError(const QString& summary, const QString& details);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession& m_session;
    CustomersView* m_customersView;
    FollowUpsView* m_followUpsView;
    InteractionsView* m_interactionsView;
    SurveysView* m_surveysView;
    std::unique_ptr<SessionStatusLabels> m_statusLabels;
    ListExportFlow* m_exportFlow;
    BackupFlow* m_backupFlow;
    ConnectionActions* m_connections;
    FirstRunPage* m_firstRun;
};

} // namespace rapport::app
