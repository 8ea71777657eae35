#include "dashboard/TrendChart.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/MonthAxis.h"

#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rapport::app {

TrendChart::TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent)
    : QChartView(new QChart, parent), m_title(title), m_valueAxisTitle(valueAxisTitle)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->setTitle(title);
    setAccessibleName(tr("%1 chart").arg(title));
    setAccessibleDescription(tr("Monthly values of the last twelve months; click a point to see its records."));
    applyPalette(*chart(), palette());
}

void TrendChart::setValueBounds(double low, double high)
{
    m_lowBound = low;
    m_highBound = high;
}

int TrendChart::lineCount() const
{
    return static_cast<int>(chart()->series().size());
}

void TrendChart::setData(const QStringList& months, const std::vector<Line>& lines)
{
    QChart* c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back to us: delete it, or every refresh leaks one.
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(m_title);

    auto* y = new QValueAxis;
    y->setTitleText(m_valueAxisTitle);
    c->addAxis(y, Qt::AlignLeft);
    auto* x = new MonthAxis(months);
    x->install(*c);

    double low = 0;
    double high = 0;
    bool any = false;
    for (const Line& line : lines) {
        // Empty months break the line: one QLineSeries per run of values, all under one
        // legend entry; lone points get a marker so they stay visible.
        QLineSeries* first = nullptr;
        QLineSeries* current = nullptr;
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            const auto& v = line.values[i];
            if (!v) {
                current = nullptr;
                continue;
            }
            if (!current) {
                current = new QLineSeries;
                current->setName(line.name);
                current->setPointsVisible(true);
                c->addSeries(current);
                current->attachAxis(x);
                current->attachAxis(y);
                if (first) {
                    current->setColor(first->color());
                    for (auto* marker : c->legend()->markers(current))
                        marker->setVisible(false);
                } else {
                    first = current;
                }
                const QString key = line.key;
                connect(current, &QLineSeries::clicked, this, [this, key](const QPointF& p) {
                    emit pointActivated(key, static_cast<int>(std::lround(p.x())));
                });
            }
            current->append(static_cast<double>(i), *v);
            low = any ? std::min(low, *v) : *v;
            high = any ? std::max(high, *v) : *v;
            any = true;
        }
    }
    if (!any) {
        low = 0;
        high = 100;
    } else if (high == low) {
        low -= 1;
        high += 1;
    }
    const double pad = (high - low) * 0.08;
    y->setRange(low - pad, high + pad);
    y->applyNiceNumbers();
    if (m_lowBound && y->min() < *m_lowBound)
        y->setMin(*m_lowBound);
    if (m_highBound && y->max() > *m_highBound)
        y->setMax(*m_highBound);
    // "12000.0" reads as false precision when the ticks are whole numbers apart.
    const double tickStep = (y->max() - y->min()) / std::max(1, y->tickCount() - 1);
    y->setLabelFormat(tickStep >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    applyPalette(*c, palette());
}

void TrendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(*chart(), palette());
    QChartView::changeEvent(event);
}

} // namespace rapport::app
