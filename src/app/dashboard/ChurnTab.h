#pragma once

#include "dashboard/FiguresTab.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace rapport::core {
struct ChurnBreakdown;
}

namespace rapport::app {

class DatabaseSession;
class TrendChart;

// The dashboard's Churn tab (metrics.md "Churn reasons and win-back"): who left in the
// period and why, how many came back within 180 days, the same per rep or per segment, and the
// leading reasons month by month over twelve months.
class ChurnTab final : public FiguresTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnTab)

public:
    // The chart draws the reasons with the most churned customers over the twelve months.
    static constexpr int kChartedReasons = 5;

    ChurnTab(DatabaseSession& session, core::BackgroundJob& job, QWidget* parent = nullptr);

    QTableWidget& reasonTable() const { return *m_reasons; }
    QTableWidget& groupTable() const { return *m_groups; }
    QLabel& summary() const { return *m_summary; }
    TrendChart& chart() const { return *m_chart; }

protected:
    void compute(core::BackgroundJob& job, const std::function<bool()>& wanted) override;

private:
    void show(const core::ChurnBreakdown& breakdown);
    void showGroups();

    DatabaseSession& m_session;
    QLabel* m_summary;
    QTableWidget* m_reasons;
    QComboBox* m_grouping;
    QTableWidget* m_groups;
    TrendChart* m_chart;
    std::shared_ptr<const core::ChurnBreakdown> m_breakdown;
};

} // namespace rapport::app
