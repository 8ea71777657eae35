#pragma once

#include <QCategoryAxis>
#include <QStringList>

class QChart;

namespace rapport::app {

// The month axis of the dashboard's charts. Qt's category axis elides every label to its
// slot, so a narrow chart showed "0…" under each month; this axis labels every k-th month
// instead (always the latest one), with k chosen so the labels fit the plot's width. Values
// run from 0 for the first month; a bar series attached to it puts month i at x = i.
class MonthAxis final : public QCategoryAxis
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthAxis)

public:
    explicit MonthAxis(const QStringList& months, QObject* parent = nullptr);

    // Adds the axis to the chart's bottom edge and keeps its labels (and the titles of the
    // chart's other axes, which are hidden when the plot is too short for them) fitted to
    // the plot area as the chart is resized.
    void install(QChart& chart);

    // The months that carry a label for a plot this wide.
    QStringList labelledMonths() { return categoriesLabels(); }
    void fitTo(qreal plotWidth);

private:
    QStringList m_months;
    int m_step = 0;
};

} // namespace rapport::app
