#include "dashboard/DashboardView.h"

#include "DatabaseSession.h"
#include "common/Clock.h"
#include "dashboard/CohortTableModel.h"
#include "dashboard/ComplaintsChart.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/HeatMapDelegate.h"
#include "dashboard/MetricFormat.h"
#include "dashboard/MetricTile.h"
#include "dashboard/TeamTableModel.h"
#include "dashboard/TrendChart.h"
#include "metrics/MetricsEngine.h"
#include "storage/Database.h"
#include "storage/DrillDownStore.h"
#include "storage/RepRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

QDateTime midnightUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

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

const QStringList& DashboardView::tileKeys()
{
    static const QStringList keys{QStringLiteral("csat"),           QStringLiteral("nps"),
                                  QStringLiteral("ces"),            QStringLiteral("retention_rate"),
                                  QStringLiteral("churn_rate"),     QStringLiteral("revenue"),
                                  QStringLiteral("revenue_per_customer"), QStringLiteral("follow_up_rate"),
                                  QStringLiteral("complaint_rate")};
    return keys;
}

DashboardView::DashboardView(DatabaseSession& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<DashboardFiguresPtr>();
    qRegisterMetaType<TeamFiguresPtr>();
    setObjectName(QStringLiteral("dashboardView"));
    buildUi();

    m_thread.setObjectName(QStringLiteral("dashboard worker"));
    m_worker = new DashboardWorker(m_clock, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::computed, this, &DashboardView::onComputed);
    connect(m_worker, &DashboardWorker::teamComputed, this, &DashboardView::onTeamComputed);
    connect(m_worker, &DashboardWorker::failed, this, &DashboardView::onFailed);
    m_thread.start();

    connect(&m_session, &DatabaseSession::opened, this, [this] {
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
    m_latest->store(++m_generation);
    m_thread.quit();
    m_thread.wait();
}

void DashboardView::buildUi()
{
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_periodKind->addItem(tr("Month"), static_cast<int>(PeriodKind::Month));
    m_periodKind->addItem(tr("Quarter"), static_cast<int>(PeriodKind::Quarter));
    m_periodKind->addItem(tr("Year"), static_cast<int>(PeriodKind::Year));
    m_periodKind->addItem(tr("Custom range"), static_cast<int>(PeriodKind::Custom));
    const QDate today = m_clock.nowUtc().date();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("Day in the period"));
    m_from->setToolTip(tr("Any day of the month, quarter or year to show; the first day of a custom range."));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("Last day of the range"));
    m_to->setToolTip(tr("The last day of the custom range (included)."));
    m_toLabel = new QLabel(tr("through"), this);
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
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    // One button with a menu rather than three: the pickers' row then fits the main window
    // at its minimum width. Mnemonics stay clear of the menu bar's letters (File, Edit,
    // Customer, Go, Session, Help).
    auto* exportButton = new QPushButton(tr("E&xport"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Save the figures and charts as a picture or a PDF document, or print them"));
    auto* exportMenu = new QMenu(exportButton);
    QAction* png = exportMenu->addAction(tr("Save as &Picture (PNG)…"), this, &DashboardView::exportPngDialog);
    png->setObjectName(QStringLiteral("exportPngAction"));
    QAction* pdf = exportMenu->addAction(tr("Save as P&DF…"), this, &DashboardView::exportPdfDialog);
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction* print = exportMenu->addAction(tr("P&rint…"), this, &DashboardView::print);
    print->setObjectName(QStringLiteral("printAction"));
    exportButton->setMenu(exportMenu);

    auto* pickers = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("Pe&riod:"), this);
    periodLabel->setBuddy(m_periodKind);
    pickers->addWidget(periodLabel);
    pickers->addWidget(m_periodKind);
    pickers->addWidget(m_from);
    pickers->addWidget(m_toLabel);
    pickers->addWidget(m_to);
    pickers->addSpacing(12);
    auto* scopeLabel = new QLabel(tr("Sc&ope:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    pickers->addWidget(scopeLabel);
    pickers->addWidget(m_scopeCombo);
    pickers->addWidget(m_busyBar);
    pickers->addStretch();
    pickers->addWidget(exportButton);

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
                openDrillDown(DrillDownRequest::forMetric(key,
                                                          m_figures->months[static_cast<std::size_t>(month)].period,
                                                          m_figures->scope,
                                                          MetricFormat::scope(m_figures->scope, m_session)));
        });
    connect(m_complaintsChart, &ComplaintsChart::monthActivated, this, [this](int month) {
        if (m_figures && month >= 0 && month < static_cast<int>(m_figures->months.size()))
            openDrillDown(DrillDownRequest::forMetric(QStringLiteral("complaints"),
                                                      m_figures->months[static_cast<std::size_t>(month)].period,
                                                      m_figures->scope,
                                                      MetricFormat::scope(m_figures->scope, m_session)));
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
    auto* cohortHint = new QLabel(tr("Share of each month's new buyers who bought again 0, 1, 2… months later. "
                                     "Rows: first-purchase month (cohort size)."),
                                  cohortPage);
    cohortHint->setWordWrap(true);
    cohortLayout->addWidget(cohortHint);
    cohortLayout->addWidget(m_cohortView);
    tabs->addTab(cohortPage, tr("Cohort retention"));
    contentLayout->addWidget(tabs, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Figures of the period"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodEditors();
        if (!m_updatingPickers)
            refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_updatingPickers)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_updatingPickers)
            refresh();
    });
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingPickers)
            refresh();
    });
    updatePeriodEditors();
}

void DashboardView::updatePeriodEditors()
{
    const bool custom = m_periodKind->currentData().toInt() == static_cast<int>(PeriodKind::Custom);
    m_to->setVisible(custom);
    m_toLabel->setVisible(custom);
}

void DashboardView::reloadScopes()
{
    if (!m_session.isOpen())
        return;
    const core::Scope current = scope();
    m_updatingPickers = true;
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("Whole team"), QStringList{QStringLiteral("all"), QString()});
    if (auto reps = core::RepRepository(m_session.database()).list()) {
        for (const core::Rep& rep : *reps)
            m_scopeCombo->addItem(tr("Rep: %1").arg(rep.name.isEmpty() ? rep.id : rep.name),
                                  QStringList{QStringLiteral("rep"), rep.id});
    }
    if (auto segments = core::DrillDownStore(m_session.database()).segments()) {
        for (const QString& s : *segments)
            m_scopeCombo->addItem(tr("Segment: %1").arg(s), QStringList{QStringLiteral("segment"), s});
    }
    const int index = m_scopeCombo->findData(QStringList{current.kindName(), current.value});
    m_scopeCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingPickers = false;
}

core::Period DashboardView::period() const
{
    const QDate d = m_from->date();
    switch (static_cast<PeriodKind>(m_periodKind->currentData().toInt())) {
    case PeriodKind::Quarter:
        return core::Period::quarter(d.year(), (d.month() - 1) / 3 + 1);
    case PeriodKind::Year:
        return core::Period::year(d.year());
    case PeriodKind::Custom:
        if (auto r = core::Period::range(midnightUtc(d), midnightUtc(std::max(d, m_to->date()).addDays(1))))
            return *r;
        break;
    case PeriodKind::Month:
        break;
    }
    return core::Period::month(d.year(), d.month());
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
    m_updatingPickers = true;
    PeriodKind kind = PeriodKind::Custom;
    switch (period.kind()) {
    case core::Period::Kind::Year:
        kind = PeriodKind::Year;
        break;
    case core::Period::Kind::Quarter:
        kind = PeriodKind::Quarter;
        break;
    case core::Period::Kind::Month:
        kind = PeriodKind::Month;
        break;
    case core::Period::Kind::Range:
        break;
    }
    m_periodKind->setCurrentIndex(m_periodKind->findData(static_cast<int>(kind)));
    m_from->setDate(period.start().date());
    m_to->setDate(QDateTime::fromSecsSinceEpoch(period.endSeconds() - 1, Qt::UTC).date());
    m_updatingPickers = false;
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
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    setBusy(true);
    const QString path = m_session.database().path();
    const core::Period p = period();
    const core::Scope s = scope();
    const quint64 version = m_dataVersion;
    DashboardWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, generation, path, p, s, version] { worker->compute(generation, path, p, s, version); },
        Qt::QueuedConnection);
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
        comparedWith = tr("%1 up to %2 UTC")
                           .arg(f.period.previous().label(),
                                f.comparison.previous.period.end().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_status->setText(tr("%1 is still running: each change compares it so far with %2.")
                              .arg(f.period.label(), comparedWith));
    }
    for (const QString& key : tileKeys())
        m_tiles[key]->setFigures(f.comparison.current.value(key), f.comparison.previous.value(key), series(f, key),
                                 comparedWith);
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
    const bool lastRunning = !f.months.empty() && f.months.back().period.start() <= now
                             && now < f.months.back().period.end();
    for (TrendChart* chart : {m_satisfactionChart, m_retentionChart, m_revenueChart})
        chart->setRunningMonth(lastRunning ? static_cast<int>(f.months.size()) - 1 : -1);
    m_satisfactionChart->setData(months, {{QStringLiteral("csat"), tr("CSAT (%)"), series(f, QStringLiteral("csat"))},
                                          {QStringLiteral("nps"), tr("NPS (points)"), series(f, QStringLiteral("nps"))}});
    m_retentionChart->setData(months,
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
    auto* dialog = new DrillDownDialog(m_session.database(), request,
                                       window ? *window : core::MetricsEngine::kDefaultFollowUpWindowDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

DrillDownDialog* DashboardView::openDrillDownForTile(const QString& key)
{
    return openDrillDown(DrillDownRequest::forMetric(key, period(), scope(), MetricFormat::scope(scope(), m_session)));
}

DrillDownDialog* DashboardView::openDrillDownForTeamRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_teamModel->rowCount())
        return nullptr;
    const core::TeamFigures& rep = m_teamModel->rep(sourceRow);
    DrillDownRequest request;
    request.records = core::DrillDownStore::Records::Responses;
    request.period = m_figures ? m_figures->period : period();
    request.scope = core::Scope::rep(rep.repId);
    request.title = tr("Survey responses for %1, %2").arg(rep.repName.isEmpty() ? rep.repId : rep.repName,
                                                          request.period.label());
    return openDrillDown(request);
}

QPixmap DashboardView::snapshot()
{
    return grab();
}

void DashboardView::render(QPaintDevice& device, const QRect& page)
{
    const QPixmap pixmap = snapshot();
    QPainter painter(&device);
    const QSize size = pixmap.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(page.topLeft(), size), pixmap);
}

bool DashboardView::exportPng(const QString& path)
{
    return snapshot().save(path, "PNG");
}

bool DashboardView::exportPdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Rapport dashboard %1, %2").arg(period().label(), MetricFormat::scope(scope(), m_session)));
    writer.setCreator(QStringLiteral("Rapport"));
    writer.setResolution(150);
    render(writer, QRect(QPoint(0, 0), QSize(writer.width(), writer.height())));
    return QFileInfo::exists(path);
}

void DashboardView::exportPngDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as PNG"),
                                                      QStringLiteral("dashboard-%1.png").arg(period().label()),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        m_status->setText(tr("Could not write %1.").arg(path));
}

void DashboardView::exportPdfDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as PDF"),
                                                      QStringLiteral("dashboard-%1.pdf").arg(period().label()),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        m_status->setText(tr("Could not write %1.").arg(path));
}

void DashboardView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the dashboard"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    render(printer, QRect(0, 0, printer.width(), printer.height()));
}

} // namespace rapport::app
