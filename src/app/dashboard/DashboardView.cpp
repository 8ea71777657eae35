#include "dashboard/DashboardView.h"

#include "common/Clock.h"
#include "dashboard/ChurnTab.h"
#include "dashboard/CohortTableModel.h"
#include "dashboard/ComplaintsChart.h"
#include "dashboard/DashboardExporter.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/HeatMapDelegate.h"
#include "dashboard/MetricTile.h"
#include "dashboard/ProductsTab.h"
#include "dashboard/TeamTableModel.h"
#include "dashboard/TrendChart.h"
#include "logging/LogCategories.h"
#include "metrics/MetricsEngine.h"
#include "metrics/PeriodName.h"
#include "reflection/DashboardReportCollector.h"
#include "services/BackgroundJob.h"
#include "services/CustomerService.h"
#include "services/DatabaseAccess.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"
#include "widgets/MetricFormat.h"
#include "widgets/PeriodPicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

QStringList monthLabels(const core::DashboardFigures& f)
{
    QStringList labels;
    for (const auto& m : f.months)
        labels << m.period.start().toString(QStringLiteral("MM/yy")); // short enough for 12 categories
    return labels;
}

std::vector<std::optional<double>> series(const core::DashboardFigures& f, const QString& key)
{
    std::vector<std::optional<double>> values;
    for (const auto& m : f.months)
        values.push_back(m.value(key));
    return values;
}

} // namespace

// The job's cache of figures per scope and span, valid for one data version.
struct DashboardView::JobState
{
    core::MetricsResultCache cache;
    quint64 dataVersion = 0;
};

const QStringList& DashboardView::tileKeys()
{
    return core::DashboardCalculator::tileKeys();
}

DashboardView::DashboardView(DatabaseSession& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_job = new core::BackgroundJob(QStringLiteral("dashboard"), this);
    // The Products and Churn tabs compute on a job of their own, with its own connection: a tab
    // in view then runs beside the tiles' figures (on the other core) instead of waiting behind
    // them and the team table (issue 19: the Products tab in under 300 ms). Only the tab in view
    // computes, so this adds one thread and one connection, not two.
    m_tabsJob = new core::BackgroundJob(QStringLiteral("dashboard tabs"), this);
    buildUi();
    m_jobState = std::make_shared<JobState>();

    connect(&m_session, &DatabaseSession::opened, this, [this] {
        m_jobPath.clear(); // the same path may be another file now
        ++m_dataVersion;
        reloadScopes();
        refresh();
    });
    connect(&m_session, &DatabaseSession::changed, this, [this] {
        ++m_dataVersion;
        reloadScopes();
        refresh();
    });
    connect(&m_session, &DatabaseSession::closed, this, [this] {
        m_latest->store(++m_generation); // drop anything still running
        setBusy(false);
    });
    if (m_session.isOpen())
        reloadScopes();
}

DashboardView::~DashboardView()
{
    m_latest->store(++m_generation); // the job stops between reps and is dropped
    delete m_job;
    delete m_tabsJob; // before the tabs: what they posted stops and is never delivered
}

void DashboardView::buildUi()
{
    m_periodPicker = new PeriodPicker(m_clock.nowUtc().date(), this);
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeCombo->setMinimumContentsLength(14);
    m_scopeCombo->setToolTip(tr("The whole team, one rep's customers or one segment"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    m_busyBar->setToolTip(tr("Computing the figures…"));
    m_periodTitle = new QLabel(this);
    m_periodTitle->setObjectName(QStringLiteral("periodTitleLabel"));
    m_periodTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_periodTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_periodTitle->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_exporter = new DashboardExporter(*this);

    auto* pickers = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("Pe&riod:"), this);
    periodLabel->setBuddy(m_periodPicker->kindBox());
    pickers->addWidget(periodLabel);
    pickers->addWidget(m_periodPicker);
    pickers->addSpacing(12);
    auto* scopeLabel = new QLabel(tr("Sc&ope:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    pickers->addWidget(scopeLabel);
    pickers->addWidget(m_scopeCombo);
    pickers->addWidget(m_busyBar);
    pickers->addStretch();
    pickers->addWidget(m_exporter->button());

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto* contentLayout = new QVBoxLayout(m_content);
    auto* tiles = new QGridLayout;
    int i = 0;
    for (const QString& key : tileKeys()) {
        auto* tile = new MetricTile(key, m_content);
        m_tiles[key] = tile;
        connect(tile, &MetricTile::activated, this, [this](const QString& k) { openDrillDownForTile(k); });
        tiles->addWidget(tile, i / 5, i % 5);
        ++i;
    }
    contentLayout->addLayout(tiles);

    m_satisfactionChart = new TrendChart(tr("Satisfaction"), tr("% / points"), m_content);
    m_satisfactionChart->setObjectName(QStringLiteral("satisfactionChart"));
    m_retentionChart = new TrendChart(tr("Retention and churn"), tr("% of customers"), m_content);
    m_retentionChart->setObjectName(QStringLiteral("retentionChart"));
    m_revenueChart = new TrendChart(tr("Revenue per customer"), tr("Per active customer"), m_content);
    m_revenueChart->setObjectName(QStringLiteral("revenueChart"));
    m_satisfactionChart->setValueBounds(-100, 100);
    m_retentionChart->setValueBounds(0, 100);
    m_complaintsChart = new ComplaintsChart(m_content);
    m_complaintsChart->setObjectName(QStringLiteral("complaintsChart"));
    for (TrendChart* chart : {m_satisfactionChart, m_retentionChart, m_revenueChart})
        connect(chart, &TrendChart::pointActivated, this, [this](const QString& key, int month) {
            if (m_figures && month >= 0 && month < static_cast<int>(m_figures->months.size()))
                openDrillDown(DrillDownRequest::forMetric(
                    key, m_figures->months[static_cast<std::size_t>(month)].period, m_figures->scope,
                    MetricFormat::scope(m_figures->scope, m_session)));
        });
    connect(m_complaintsChart, &ComplaintsChart::monthActivated, this, [this](int month) {
        if (m_figures && month >= 0 && month < static_cast<int>(m_figures->months.size()))
            openDrillDown(DrillDownRequest::forMetric(
                QStringLiteral("complaints"), m_figures->months[static_cast<std::size_t>(month)].period,
                m_figures->scope, MetricFormat::scope(m_figures->scope, m_session)));
    });
    auto* charts = new QGridLayout;
    charts->addWidget(m_satisfactionChart, 0, 0);
    charts->addWidget(m_retentionChart, 0, 1);
    charts->addWidget(m_revenueChart, 1, 0);
    charts->addWidget(m_complaintsChart, 1, 1);

    m_cohortModel = new CohortTableModel(this);
    m_cohortView = new QTableView(m_content);
    m_cohortView->setObjectName(QStringLiteral("cohortTableView"));
    m_cohortView->setAccessibleName(tr("Cohort retention"));
    m_cohortView->setModel(m_cohortModel);
    m_cohortView->setItemDelegate(new HeatMapDelegate(m_cohortView));
    m_cohortView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohortView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_teamModel = new TeamTableModel(this);
    m_teamProxy = new QSortFilterProxyModel(this);
    m_teamProxy->setSourceModel(m_teamModel);
    m_teamProxy->setSortRole(TeamTableModel::SortRole);
    m_teamView = new QTableView(m_content);
    m_teamView->setObjectName(QStringLiteral("teamTableView"));
    m_teamView->setAccessibleName(tr("Figures per rep"));
    m_teamView->setToolTip(tr("Double-click a rep, or press Enter, to see the records behind their figures"));
    m_teamView->setModel(m_teamProxy);
    m_teamView->setSortingEnabled(true);
    m_teamView->sortByColumn(TeamTableModel::Revenue, Qt::DescendingOrder);
    m_teamView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_teamView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamView->verticalHeader()->hide();
    m_teamView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teamView->horizontalHeader()->setStretchLastSection(true);
    // activated: a double-click, or Enter for a keyboard user.
    connect(m_teamView, &QTableView::activated, this, [this](const QModelIndex& index) {
        openDrillDownForTeamRow(m_teamProxy->mapToSource(index).row());
    });

    auto* tabs = new QTabWidget(m_content);
    tabs->setObjectName(QStringLiteral("dashboardTabWidget"));
    tabs->setAccessibleName(tr("Trends, team and cohorts"));
    auto* chartsPage = new QWidget;
    chartsPage->setLayout(charts);
    tabs->addTab(chartsPage, tr("Trends"));
    tabs->addTab(m_teamView, tr("Team"));
    auto* cohortPage = new QWidget;
    auto* cohortLayout = new QVBoxLayout(cohortPage);
    auto* cohortHint =
        new QLabel(tr("Share of each month's new buyers who bought again 0, 1, 2… months later. "
                      "Rows: first-purchase month (cohort size). The table ends with the chosen period; "
                      "\"…\" marks a month still running, which counts the purchases so far."),
                   cohortPage);
    cohortHint->setWordWrap(true);
    cohortLayout->addWidget(cohortHint);
    cohortLayout->addWidget(m_cohortView);
    tabs->addTab(cohortPage, tr("Cohort retention"));
    m_productsTab = new ProductsTab(*m_tabsJob);
    connect(m_productsTab, &ProductsTab::drillDownRequested, this, &DashboardView::openDrillDown);
    tabs->addTab(m_productsTab, tr("Products"));
    m_churnTab = new ChurnTab(m_session, *m_tabsJob);
    tabs->addTab(m_churnTab, tr("Churn"));
    contentLayout->addWidget(tabs, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Figures of the period"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_periodTitle);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_periodPicker, &PeriodPicker::periodChanged, this, [this] {
        closeDrillDowns();
        refresh();
    });
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingPickers)
            return;
        closeDrillDowns();
        refresh();
    });
}

void DashboardView::reloadScopes()
{
    if (!m_session.isOpen())
        return;
    const core::Scope current = scope();
    m_updatingPickers = true;
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("Whole team"), QStringList{QStringLiteral("all"), QString()});
    if (auto reps = core::RepService(m_session.database()).list()) {
        for (const core::Rep& rep : *reps)
            m_scopeCombo->addItem(tr("Rep: %1").arg(rep.name.isEmpty() ? rep.id : rep.name),
                                  QStringList{QStringLiteral("rep"), rep.id});
    }
    if (auto segments = core::CustomerService(m_session.database()).scopeSegments()) {
        for (const QString& s : *segments)
            m_scopeCombo->addItem(tr("Segment: %1").arg(s), QStringList{QStringLiteral("segment"), s});
    }
    const int index = m_scopeCombo->findData(QStringList{current.kindName(), current.value});
    m_scopeCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingPickers = false;
}

core::Period DashboardView::period() const
{
    return m_periodPicker->period();
}

QString DashboardView::scopeName() const
{
    // As the scope box names it, so the page, its title and the document say the same.
    return m_scopeCombo->currentText();
}

core::Scope DashboardView::scope() const
{
    const QStringList data = m_scopeCombo->currentData().toStringList();
    if (data.size() != 2)
        return core::Scope::all();
    return core::Scope::fromNames(data.at(0), data.at(1));
}

void DashboardView::setPeriod(const core::Period& period)
{
    if (!(period == this->period()))
        closeDrillDowns();
    m_periodPicker->setPeriod(period);
    refresh();
}

bool DashboardView::setScope(const core::Scope& scope)
{
    const int index = m_scopeCombo->findData(QStringList{scope.kindName(), scope.value});
    if (index < 0)
        return false;
    if (index == m_scopeCombo->currentIndex())
        refresh();
    else
        m_scopeCombo->setCurrentIndex(index); // refreshes
    return true;
}

QString DashboardView::periodTitle() const
{
    return m_periodTitle->text();
}

MetricTile* DashboardView::tile(const QString& key) const
{
    const auto it = m_tiles.find(key);
    return it == m_tiles.end() ? nullptr : it->second;
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::refresh()
{
    if (!m_session.isOpen())
        return;
    if (!isVisible()) {
        m_dirty = true; // computed when shown: no work for a page nobody looks at
        return;
    }
    m_dirty = false;
    // The name first: the figures follow, but what is being shown is known now.
    m_periodTitle->setText(tr("%1 · %2").arg(m_periodPicker->periodName(), scopeName()));
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    setBusy(true);
    useSessionDatabase();
    const core::Period p = period();
    const core::Scope s = scope();
    auto wanted = [latest = m_latest, generation] { return latest->load() == generation; };
    m_job->post<core::Result<core::DashboardFigures>>(
        this,
        [state = m_jobState, clock = &m_clock, p, s,
         version = m_dataVersion](core::JobContext& context) -> core::Result<core::DashboardFigures> {
            auto db = context.database();
            if (!db)
                return db.error();
            if (version != state->dataVersion) {
                state->cache.clear(); // the data or the file changed: every cached figure may be stale
                state->dataVersion = version;
            }
            return core::DashboardCalculator(**db, *clock).compute(p, s, &state->cache, false);
        },
        [this, generation, p, wanted](core::Result<core::DashboardFigures> figures) {
            if (!figures) {
                onFailed(generation, figures.error().details());
                return;
            }
            onComputed(generation, std::make_shared<const core::DashboardFigures>(std::move(*figures)));
            m_job->post<core::Result<std::vector<core::TeamFigures>>>(
                this,
                [state = m_jobState, clock = &m_clock,
                 p](core::JobContext& context) -> core::Result<std::vector<core::TeamFigures>> {
                    auto db = context.database();
                    if (!db)
                        return db.error();
                    // A newer request waits behind this one: stop between reps when overtaken.
                    return core::DashboardCalculator(**db, *clock).computeTeam(p, &state->cache, [&context] {
                        return context.isCancelled();
                    });
                },
                [this, generation](core::Result<std::vector<core::TeamFigures>> team) {
                    if (!team)
                        onFailed(generation, team.error().details());
                    else
                        onTeamComputed(generation, std::make_shared<const std::vector<core::TeamFigures>>(
                                                       std::move(*team)));
                },
                wanted);
        },
        wanted);
    // The Products and Churn tabs compute their own figures, when they are in view.
    m_productsTab->request(p, s, scopeName(), m_dataVersion);
    m_churnTab->request(p, s, scopeName(), m_dataVersion);
}

void DashboardView::useSessionDatabase()
{
    if (core::DatabaseAccess::isInMemory(m_session.database())) {
        m_job->setInMemoryDatabase(&m_session.database());
        m_tabsJob->setInMemoryDatabase(&m_session.database());
        m_jobPath.clear();
    } else if (m_jobPath != m_session.address()) {
        m_jobPath = m_session.address();
        m_job->setDatabase(m_jobPath);
        m_tabsJob->setDatabase(m_jobPath, core::BackgroundJob::Access::ReadOnly);
    }
}

void DashboardView::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_busyBar->setVisible(busy);
    emit busyChanged(busy);
}

void DashboardView::onComputed(quint64 generation, const DashboardFiguresPtr& figures)
{
    if (generation != m_generation)
        return; // the period, scope or data changed meanwhile: a newer result is coming
    m_figures = figures;
    m_status->clear();
    showFigures(*figures);
    emit figuresShown(); // busy until the team table follows
}

void DashboardView::onTeamComputed(quint64 generation, const TeamFiguresPtr& team)
{
    if (generation != m_generation)
        return;
    m_teamModel->setTeam(*team);
    // A rep's login: its own row, the team's total and its percentiles, in that order.
    if (const bool sortable = !m_teamModel->aggregatesOnly(); m_teamView->isSortingEnabled() != sortable) {
        m_teamView->setSortingEnabled(sortable);
        if (sortable)
            m_teamView->sortByColumn(TeamTableModel::Revenue, Qt::DescendingOrder);
        else
            m_teamProxy->sort(-1);
    }
    setBusy(false);
    emit teamShown();
}

void DashboardView::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_status->setText(tr("The figures could not be computed: %1").arg(message));
    setBusy(false);
    emit failed(message);
}

void DashboardView::showFigures(const core::DashboardFigures& f)
{
    // A running period is compared with the same elapsed span of the one before: say so.
    QString comparedWith;
    if (f.comparedToDate) {
        comparedWith =
            tr("%1 up to %2 UTC")
                .arg(core::PeriodName::of(f.period.previous()),
                     f.comparison.previous.period.end().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_status->setText(tr("%1 is still running: each change compares it so far with %2.")
                              .arg(core::PeriodName::of(f.period), comparedWith));
    }
    for (const QString& key : tileKeys())
        m_tiles[key]->setFigures(f.comparison.current.value(key), f.comparison.previous.value(key),
                                 series(f, key), comparedWith);
    // Purchases near the end of a recent period may still get their follow-up: say so, or
    // the latest rate reads as a drop that is only the calendar.
    const qint64 open = f.comparison.current.followUpsStillOpen;
    const QString count = QLocale().toString(open);
    m_tiles[QStringLiteral("follow_up_rate")]->setNote(
        open > 0 ? tr("provisional: %1 still open").arg(count) : QString(),
        open > 0 ? tr("Purchases of this period with no follow-up yet that are still inside their follow-up "
                      "window: %1. Until those windows close, the rate can still rise.")
                       .arg(count)
                 : QString());

    const QStringList months = monthLabels(f);
    const QDateTime now = m_clock.nowUtc();
    const bool lastRunning =
        !f.months.empty() && f.months.back().period.start() <= now && now < f.months.back().period.end();
    for (TrendChart* chart : {m_satisfactionChart, m_retentionChart, m_revenueChart})
        chart->setRunningMonth(lastRunning ? static_cast<int>(f.months.size()) - 1 : -1);
    m_satisfactionChart->setData(
        months, {{QStringLiteral("csat"), tr("CSAT (%)"), series(f, QStringLiteral("csat"))},
                 {QStringLiteral("nps"), tr("NPS (points)"), series(f, QStringLiteral("nps"))}});
    m_retentionChart->setData(
        months,
        {{QStringLiteral("retention_rate"), tr("Retention (%)"), series(f, QStringLiteral("retention_rate"))},
         {QStringLiteral("churn_rate"), tr("Churn (%)"), series(f, QStringLiteral("churn_rate"))}});
    m_revenueChart->setData(months, {{QStringLiteral("revenue_per_customer"), tr("Revenue per customer"),
                                      series(f, QStringLiteral("revenue_per_customer"))}});
    std::vector<std::map<QString, qint64>> complaints;
    for (const auto& m : f.months)
        complaints.push_back(m.complaintsByCategory);
    m_complaintsChart->setData(months, complaints);
    m_cohortModel->setTable(f.cohorts);
}

DrillDownDialog* DashboardView::openDrillDown(const DrillDownRequest& request)
{
    if (!m_session.isOpen())
        return nullptr;
    const auto window = core::MetricsEngine(m_session.database(), m_clock).followUpWindowDays();
    auto* dialog =
        new DrillDownDialog(m_session.database(), request,
                            window ? *window : core::MetricsEngine::kDefaultFollowUpWindowDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::customerRequested, this, &DashboardView::openCustomerRequested);
    dialog->show();
    return dialog;
}

void DashboardView::closeDrillDowns()
{
    // Closing rather than following: a chart point's month or a team row's rep has no
    // counterpart in another period or scope, and a window left open would show records
    // that no figure on the page stands on any more.
    for (DrillDownDialog* dialog : findChildren<DrillDownDialog*>(Qt::FindDirectChildrenOnly))
        dialog->close(); // deletes itself
}

DrillDownDialog* DashboardView::openDrillDownForTile(const QString& key)
{
    return openDrillDown(
        DrillDownRequest::forMetric(key, period(), scope(), MetricFormat::scope(scope(), m_session)));
}

DrillDownDialog* DashboardView::openDrillDownForTeamRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_teamModel->rowCount())
        return nullptr;
    const core::TeamFigures& rep = m_teamModel->rep(sourceRow);
    if (rep.kind != core::TeamFigures::Kind::Rep)
        return nullptr; // the team's totals and percentiles have no records this login may see
    DrillDownRequest request;
    request.records = core::DrillDownRecords::Responses;
    request.period = m_figures ? m_figures->period : period();
    request.scope = core::Scope::rep(rep.repId);
    request.title = tr("Survey responses for %1, %2")
                        .arg(rep.repName.isEmpty() ? rep.repId : rep.repName, request.period.label());
    return openDrillDown(request);
}

QPixmap DashboardView::snapshot()
{
    return grab();
}

void DashboardView::postDocument(std::function<core::Status(const core::DashboardReportData&)> onJob,
                                 std::function<void(const DocumentOutcome&)> deliver)
{
    if (!m_session.isOpen()) {
        deliver({nullptr, tr("No database is open.")});
        return;
    }
    useSessionDatabase();
    // On the dashboard's own job: its cache holds the figures on show, so the document of what
    // the user sees costs the team table at most. The writing happens there too.
    m_job->post<DocumentOutcome>(
        this,
        [state = m_jobState, clock = &m_clock, p = period(), s = scope(), scopeLabel = scopeName(),
         locale = QLocale(), version = m_dataVersion,
         onJob = std::move(onJob)](core::JobContext& context) -> DocumentOutcome {
            auto db = context.database();
            if (!db)
                return {nullptr, db.error().message};
            if (version != state->dataVersion) {
                state->cache.clear();
                state->dataVersion = version;
            }
            auto data = core::DashboardReportCollector(**db, *clock).collect(p, s, scopeLabel, &state->cache);
            if (!data)
                return {nullptr, data.error().message};
            data->locale = locale; // the reader's, as on screen
            auto shared = std::make_shared<const core::DashboardReportData>(std::move(*data));
            if (onJob)
                if (core::Status done = onJob(*shared); !done)
                    return {shared, done.error().message};
            return {shared, QString()};
        },
        [deliver = std::move(deliver)](DocumentOutcome outcome) { deliver(outcome); });
}

void DashboardView::showMessage(const QString& message)
{
    m_status->setText(message);
}

} // namespace rapport::app
