#pragma once

#include "domain/Scope.h"
#include "metrics/DashboardCalculator.h"
#include "metrics/Period.h"
#include "reflection/DashboardReportData.h"

#include <QWidget>
#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace rapport::core {
class BackgroundJob;
class Clock;
} // namespace rapport::core

namespace rapport::app {

using DashboardFiguresPtr = std::shared_ptr<const core::DashboardFigures>;
using TeamFiguresPtr = std::shared_ptr<const std::vector<core::TeamFigures>>;

struct DrillDownRequest;

class ChurnTab;
class CohortTableModel;
class ProductsTab;
class ComplaintsChart;
class DatabaseSession;
class DashboardExporter;
class DrillDownDialog;
class MetricTile;
class PeriodPicker;
class TeamTableModel;
class TrendChart;

// The manager's dashboard: a period and a scope, a tile per headline metric (value,
// change against the previous period, sparkline), trend charts, the cohort heat map and
// the team table. Figures are computed by a background job with its own connection,
// headline figures first, then the team table; only the newest request's results are
// computed and shown, and a busy indicator
// runs meanwhile. Every figure comes from MetricsEngine through DashboardCalculator.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    DashboardView(DatabaseSession& session, const core::Clock& clock, QWidget* parent = nullptr);
    ~DashboardView() override;

    // The metric keys the tiles show, in order.
    static const QStringList& tileKeys();

    core::Period period() const;
    core::Scope scope() const;
    QString scopeName() const; // "Whole team", "Rep: Ann"
    // Moves the pickers (and so recomputes): a named period selects its kind; a range is custom.
    void setPeriod(const core::Period& period);
    // Fails (returns false) for a rep or segment the scope picker does not offer.
    bool setScope(const core::Scope& scope);

    // Computing: from a change until the team table (which follows the tiles) is up to date.
    bool isBusy() const { return m_busy; }
    // The figures on show (null before the first result).
    const core::DashboardFigures* figures() const { return m_figures.get(); }
    MetricTile* tile(const QString& key) const;
    PeriodPicker& periodPicker() const { return *m_periodPicker; }
    // "2026-Q3 · Whole team": what the page shows, above the figures.
    QString periodTitle() const;
    TeamTableModel& teamModel() const { return *m_teamModel; }
    QSortFilterProxyModel& teamProxy() const { return *m_teamProxy; }
    CohortTableModel& cohortModel() const { return *m_cohortModel; }
    ProductsTab& productsTab() const { return *m_productsTab; }
    ChurnTab& churnTab() const { return *m_churnTab; }

    // Opens (non-modal) the records behind a figure and returns the dialog. The records belong
    // to the period and scope on show: a change of either closes the windows open.
    DrillDownDialog* openDrillDown(const DrillDownRequest& request);
    DrillDownDialog* openDrillDownForTile(const QString& key);
    DrillDownDialog* openDrillDownForTeamRow(int sourceRow);

    // The page as it is on screen, for the PNG export.
    QPixmap snapshot();
    DashboardExporter& exporter() const { return *m_exporter; }
    // A sentence under the pickers (a failed export).
    void showMessage(const QString& message);

    // The document of the period and scope on show, gathered on the dashboard's job (its cache
    // holds what is on screen); `onJob` runs there too (writing a PDF), `deliver` here.
    struct DocumentOutcome
    {
        std::shared_ptr<const core::DashboardReportData> data;
        QString error;
    };
    void postDocument(std::function<core::Status(const core::DashboardReportData&)> onJob,
                      std::function<void(const DocumentOutcome&)> deliver);

public slots:
    void refresh();

signals:
    void busyChanged(bool busy);
    // New figures are on show (after a change of period, scope or data).
    void figuresShown();
    // The team table caught up with them.
    void teamShown();
    void failed(const QString& message);
    // A record of a drill-down was opened: the window shows this customer.
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void reloadScopes();
    void setBusy(bool busy);
    void onComputed(quint64 generation, const DashboardFiguresPtr& figures);
    void onTeamComputed(quint64 generation, const TeamFiguresPtr& team);
    void onFailed(quint64 generation, const QString& message);
    void showFigures(const core::DashboardFigures& f);
    void useSessionDatabase(); // points the jobs at the session's database
    void closeDrillDowns();    // the period or the scope changed: their records are no longer on show

    DatabaseSession& m_session;
    const core::Clock& m_clock;

    PeriodPicker* m_periodPicker = nullptr;
    QComboBox* m_scopeCombo = nullptr;
    QProgressBar* m_busyBar = nullptr;
    DashboardExporter* m_exporter = nullptr;
    QLabel* m_periodTitle = nullptr; // the period's name and the scope
    QLabel* m_status = nullptr;
    QWidget* m_content = nullptr;
    std::map<QString, MetricTile*> m_tiles;
    TrendChart* m_satisfactionChart = nullptr;
    TrendChart* m_retentionChart = nullptr;
    TrendChart* m_revenueChart = nullptr;
    ComplaintsChart* m_complaintsChart = nullptr;
    CohortTableModel* m_cohortModel = nullptr;
    QTableView* m_cohortView = nullptr;
    TeamTableModel* m_teamModel = nullptr;
    QSortFilterProxyModel* m_teamProxy = nullptr;
    QTableView* m_teamView = nullptr;
    ProductsTab* m_productsTab = nullptr;
    ChurnTab* m_churnTab = nullptr;

    struct JobState;
    core::BackgroundJob* m_job = nullptr;
    core::BackgroundJob* m_tabsJob = nullptr; // the Products and Churn tabs'
    std::shared_ptr<JobState> m_jobState;     // touched by the job's thread only
    QString m_jobPath;                        // the file the job reads, empty when it must reconnect
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    quint64 m_dataVersion = 0; // bumped on every write, so the job drops its cache
    bool m_busy = false;
    bool m_dirty = true; // data or choice changed while hidden
    bool m_updatingPickers = false;
    DashboardFiguresPtr m_figures;
};

} // namespace rapport::app
