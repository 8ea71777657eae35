#include "dashboard/ProductsTab.h"

#include "dashboard/DrillDownRequest.h"
#include "dashboard/NumberItem.h"
#include "dashboard/TrendChart.h"
#include "metrics/ProductFigures.h"
#include "metrics/ProductTrend.h"
#include "metrics/ProductTrendCache.h"
#include "services/BackgroundJob.h"
#include "widgets/DisplayText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <limits>

namespace rapport::app {
namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

struct ProductsTab::TrendState
{
    core::ProductTrendCache cache;
    quint64 dataVersion = 0;
};

ProductsTab::ProductsTab(core::BackgroundJob& job, QWidget* parent)
    : FiguresTab(job, parent), m_status(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new TrendChart(tr("Complaints per 100 purchases by product"), tr("per 100 purchases"), this)),
      m_trendState(std::make_shared<TrendState>())
{
    setObjectName(QStringLiteral("productsTab"));
    m_status->setObjectName(QStringLiteral("productsStatusLabel"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("productFiguresTable"));
    m_table->setAccessibleName(tr("Figures per product"));
    m_table->setToolTip(
        tr("Enter or double-click: the complaints about the product; on the purchase or revenue"
           " columns, its purchases"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Category"), tr("Purchases"), tr("Buyers"),
                                        tr("Revenue"), tr("Refunds"), tr("Complaints"),
                                        tr("Complaints per 100 purchases"), tr("Support")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_chart->setObjectName(QStringLiteral("productComplaintsChart"));
    m_chart->setMinimumHeight(260);
    m_chart->setValueBounds(0, std::numeric_limits<double>::max()); // a rate may pass 100, never 0
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openRow(index.row(), index.column()); });
    connect(m_chart, &TrendChart::pointActivated, this, [this](const QString& key, int month) {
        if (month < 0 || month >= static_cast<int>(m_months.size()))
            return;
        for (const auto& [id, name] : m_chartedProducts) {
            if (id == key)
                emit drillDownRequested(DrillDownRequest::forProduct(
                    core::DrillDownRecords::Complaints, id, name, m_months[static_cast<std::size_t>(month)],
                    scope(), scopeName()));
        }
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

void ProductsTab::compute(core::BackgroundJob& job, const std::function<bool()>& wanted)
{
    m_status->setText(tr("Computing the figures per product…"));
    const core::Period p = period();
    const core::Scope s = scope();
    const quint64 version = dataVersion();
    // The table first (one pass over the period), then the twelve months of the chart.
    job.post<core::Result<core::ProductFigures>>(
        this,
        [p, s](core::JobContext& context) -> core::Result<core::ProductFigures> {
            auto db = context.database();
            if (!db)
                return db.error();
            return core::ProductFigures::compute(**db, p, s);
        },
        [this](core::Result<core::ProductFigures> figures) {
            if (figures)
                showFigures(*figures);
            else
                m_status->setText(
                    tr("The figures per product could not be computed: %1").arg(figures.error().message));
        },
        wanted);
    // Posted at once, not when the table is shown: the job computes the chart while the GUI
    // thread lays out the table (and the dashboard's tiles). The job delivers in order, so the
    // chart's answer comes last and says the tab is done.
    job.post<core::Result<core::ProductTrend>>(
        this,
        [p, s, version, state = m_trendState](core::JobContext& context) -> core::Result<core::ProductTrend> {
            auto db = context.database();
            if (!db)
                return db.error();
            if (version != state->dataVersion) {
                state->cache.clear(); // the data or the file changed: every month may be stale
                state->dataVersion = version;
            }
            return core::ProductTrend::compute(**db, p, s, 12, &state->cache);
        },
        [this](core::Result<core::ProductTrend> trend) {
            if (trend)
                showTrend(*trend);
            else
                m_status->setText(tr("The monthly complaints per product could not be computed: %1")
                                      .arg(trend.error().message));
            finished();
        },
        wanted);
}

void ProductsTab::showFigures(const core::ProductFigures& figures)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    const auto addRow = [this](const QString& name, const QString& id, const QString& category, bool active,
                               const core::ProductLine& line) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* product = new QTableWidgetItem(active ? name : tr("%1 (retired)").arg(name));
        product->setData(Qt::UserRole, id);
        product->setData(Qt::UserRole + 1, name);
        product->setToolTip(id.isEmpty()
                                ? tr("Purchases, complaints and support contacts that name no product")
                                : tr("%1, ID %2").arg(name, id));
        m_table->setItem(row, Product, product);
        m_table->setItem(row, Category, new QTableWidgetItem(category));
        const auto number = [&](int column, qint64 n) {
            m_table->setItem(row, column, new NumberItem(count(n), static_cast<double>(n)));
        };
        number(Purchases, line.purchases);
        number(Buyers, line.buyers);
        m_table->setItem(
            row, Revenue,
            new NumberItem(DisplayText::amount(line.revenueCents), static_cast<double>(line.revenueCents)));
        number(Refunds, line.refunds);
        number(Complaints, line.complaints);
        const auto per100 = line.complaintsPer100Purchases();
        m_table->setItem(row, Per100,
                         new NumberItem(per100 ? QLocale().toString(*per100, 'f', 1) : tr("–"), per100));
        number(Support, line.support);
    };
    for (const auto& p : figures.products)
        addRow(p.name, p.externalId, p.category, p.active, p.figures);
    const core::ProductLine& none = figures.unassigned;
    if (none.purchases + none.refunds + none.complaints + none.support > 0)
        addRow(tr("No product named"), QString(), QString(), true, none);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Per100, Qt::DescendingOrder);
    m_status->setText(
        figures.products.empty()
            ? tr("The book has no products yet: add them on the Products page (Ctrl+8) or import a"
                 " products file, and name them when logging purchases, complaints and support.")
            : tr("%1 · %2").arg(period().label(), scopeName()));
}

void ProductsTab::showTrend(const core::ProductTrend& trend)
{
    m_months = trend.months;
    QStringList labels;
    for (const core::Period& m : trend.months)
        labels << m.start().toString(QStringLiteral("MM/yy")); // as the Trends tab labels months
    std::vector<TrendChart::Line> lines;
    m_chartedProducts.clear();
    for (const auto& series : trend.products) {
        if (static_cast<int>(lines.size()) == kChartedProducts)
            break;
        lines.push_back({series.externalId, series.name, series.complaintsPer100Purchases});
        m_chartedProducts.emplace_back(series.externalId, series.name);
    }
    m_chart->setData(labels, lines);
}

void ProductsTab::openRow(int row, int column)
{
    const QTableWidgetItem* item = m_table->item(row, Product);
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (id.isEmpty())
        return; // the rows without a product: the dashboard's own tiles open those
    const bool purchases = column == Purchases || column == Buyers || column == Revenue || column == Refunds;
    emit drillDownRequested(DrillDownRequest::forProduct(
        purchases ? core::DrillDownRecords::Purchases : core::DrillDownRecords::Complaints, id,
        item->data(Qt::UserRole + 1).toString(), period(), scope(), scopeName()));
}

} // namespace rapport::app
