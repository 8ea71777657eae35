#include "reflection/DashboardReportCollector.h"

#include "common/Clock.h"
#include "services/BookSettingsService.h"

#include <QCoreApplication>

namespace rapport::core {

namespace {

struct ChartSpec
{
    const char* key;
    const char* title;
    bool bars;
};

// The dashboard's four charts, one series per printed chart.
constexpr ChartSpec kCharts[] = {
    {"csat", QT_TRANSLATE_NOOP("DashboardReportCollector", "CSAT by month (% satisfied)"), false},
    {"nps", QT_TRANSLATE_NOOP("DashboardReportCollector", "NPS by month (points)"), false},
    {"retention_rate", QT_TRANSLATE_NOOP("DashboardReportCollector", "Retention by month (%)"), false},
    {"churn_rate", QT_TRANSLATE_NOOP("DashboardReportCollector", "Churn by month (%)"), false},
    {"revenue_per_customer",
     QT_TRANSLATE_NOOP("DashboardReportCollector", "Revenue per active customer by month"), false},
    {"complaints", QT_TRANSLATE_NOOP("DashboardReportCollector", "Complaints by month"), true},
};

} // namespace

std::vector<ReportChart> DashboardReportCollector::charts(const DashboardFigures& figures,
                                                          const QDateTime& now)
{
    std::vector<ReportChart> charts;
    for (const ChartSpec& spec : kCharts) {
        ReportChart chart;
        const QString key = QString::fromLatin1(spec.key);
        chart.id = QStringLiteral("dashboard-%1").arg(key).replace(QLatin1Char('_'), QLatin1Char('-'));
        chart.title = QCoreApplication::translate("DashboardReportCollector", spec.title);
        chart.bars = spec.bars;
        for (std::size_t i = 0; i < figures.months.size(); ++i) {
            const MetricsResult& month = figures.months[i];
            chart.labels << month.period.label();
            chart.values.push_back(month.value(key));
            if (month.period.contains(now))
                chart.runningIndex = static_cast<int>(i);
        }
        charts.push_back(std::move(chart));
    }
    return charts;
}

Result<DashboardReportData> DashboardReportCollector::collect(const Period& period, const Scope& scope,
                                                              const QString& scopeLabel,
                                                              MetricsResultCache* cache) const
{
    DashboardReportData d;
    d.scopeLabel = scopeLabel;
    d.generatedAt = m_clock.nowUtc();
    auto currency = BookSettingsService(m_db).currency();
    if (!currency)
        return currency.error();
    d.currency = *currency;
    auto figures = DashboardCalculator(m_db, m_clock).compute(period, scope, cache, true);
    if (!figures)
        return figures.error();
    d.figures = std::move(*figures);
    d.charts = charts(d.figures, d.generatedAt);
    return d;
}

} // namespace rapport::core
