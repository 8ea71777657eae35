#include "dashboard/MonthAxis.h"

#include <QChart>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace rapport::app {

MonthAxis::MonthAxis(const QStringList& months, QObject* parent) : QCategoryAxis(parent), m_months(months)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setTitleText(tr("Month (UTC)"));
    // Half a slot of margin on each side, so bars and end points are not cut in half.
    setRange(-0.5, std::max<qsizetype>(m_months.size(), 1) - 0.5);
    setStartValue(-0.5);
}

void MonthAxis::install(QChart& chart)
{
    chart.addAxis(this, Qt::AlignBottom);
    auto refit = [this, &chart](const QRectF& plot) {
        fitTo(plot.width());
        // A vertical axis title longer than the plot is tall is drawn as "% / p…": hide it
        // then, the legend names the units too.
        for (QAbstractAxis* axis : chart.axes(Qt::Vertical)) {
            const QFontMetricsF metrics(axis->titleFont());
            axis->setTitleVisible(metrics.horizontalAdvance(axis->titleText()) <= plot.height());
        }
    };
    connect(&chart, &QChart::plotAreaChanged, this, refit);
    refit(chart.plotArea());
}

void MonthAxis::fitTo(qreal plotWidth)
{
    const auto count = static_cast<int>(m_months.size());
    if (count == 0)
        return;
    const QFontMetricsF metrics(labelsFont());
    qreal widest = 0;
    for (const QString& month : m_months)
        widest = std::max(widest, metrics.horizontalAdvance(month));
    const qreal needed = widest + 2 * metrics.averageCharWidth();
    const qreal slot = std::max<qreal>(plotWidth, 1) / count;
    const int step = std::clamp(static_cast<int>(std::ceil(needed / slot)), 1, count);
    if (step == m_step)
        return;
    m_step = step;
    for (const QString& label : categoriesLabels())
        remove(label);
    // Count back from the latest month, so the month being reviewed always has its label.
    for (int i = (count - 1) % step; i < count; i += step)
        append(m_months[i], i);
}

} // namespace rapport::app
