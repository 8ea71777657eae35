#pragma once

#include "dashboard/FiguresTab.h"

#include <memory>

class QLabel;
class QTableWidget;

namespace rapport::core {
struct ProductFigures;
struct ProductTrend;
} // namespace rapport::core

namespace rapport::app {

struct DrillDownRequest;
class TrendChart;

// The dashboard's Products tab: the per-product figures of the period (metrics.md "Products"),
// and complaints per 100 purchases by product over twelve months. Enter or a double-click on a
// product opens its complaints (its purchases from the purchase and revenue columns); a
// point of the chart opens that month's complaints about the product.
class ProductsTab final : public FiguresTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsTab)

public:
    enum Column {
        Product,
        Category,
        Purchases,
        Buyers,
        Revenue,
        Refunds,
        Complaints,
        Per100,
        Support,
        ColumnCount
    };
    // The chart draws the products with the most complaints, at most this many.
    static constexpr int kChartedProducts = 6;

    ProductsTab(core::BackgroundJob& job, QWidget* parent = nullptr);

    QTableWidget& table() const { return *m_table; }
    TrendChart& chart() const { return *m_chart; }

signals:
    void drillDownRequested(const DrillDownRequest& request);

protected:
    void compute(core::BackgroundJob& job, const std::function<bool()>& wanted) override;

private:
    void showFigures(const core::ProductFigures& figures);
    void showTrend(const core::ProductTrend& trend);
    void openRow(int row, int column);

    QLabel* m_status;
    QTableWidget* m_table;
    TrendChart* m_chart;
    std::vector<std::pair<QString, QString>> m_chartedProducts; // external id, name per line
    std::vector<core::Period> m_months;
    // The chart's months already computed, kept while the data stays the same: a change of
    // period then reads only the months not seen yet. Touched by the job's thread only.
    struct TrendState;
    std::shared_ptr<TrendState> m_trendState;
};

} // namespace rapport::app
