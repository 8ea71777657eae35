#include "dashboard/TrendChart.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/MonthAxis.h"
#include "widgets/MetricFormat.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace rapport::app {

TrendChart::TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent)
    : KeyboardChartView(parent), m_title(title), m_valueAxisTitle(valueAxisTitle)
{
    chart()->setTitle(title);
    setAccessibleName(tr("%1 chart").arg(title));
    setAccessibleDescription(
        tr("Monthly values of the last twelve months; click a point, or move to it with the "
           "arrow keys and press Enter, to see its records."));
    applyPalette(*chart(), palette());
}

std::optional<std::pair<int, int>> TrendChart::currentPoint() const
{
    if (!hasPoint(m_line, m_month))
        return std::nullopt;
    return std::pair{m_line, m_month};
}

bool TrendChart::hasPoint(int line, int month) const
{
    return line >= 0 && line < static_cast<int>(m_points.size()) && month >= 0 &&
           month < static_cast<int>(m_points[static_cast<std::size_t>(line)].size()) &&
           m_points[static_cast<std::size_t>(line)][static_cast<std::size_t>(month)].series != nullptr;
}

void TrendChart::showCursor(bool shown)
{
    if (!hasPoint(m_line, m_month))
        return;
    const PointRef& p = m_points[static_cast<std::size_t>(m_line)][static_cast<std::size_t>(m_month)];
    if (!shown) {
        p.series->clearPointConfiguration(p.index);
        QToolTip::hideText();
        return;
    }
    // The text colour stands out from every line's colour, on light and dark palettes alike.
    p.series->setPointConfiguration(p.index, QXYSeries::PointConfiguration::Size, 10.0);
    p.series->setPointConfiguration(p.index, QXYSeries::PointConfiguration::Color,
                                    palette().color(QPalette::Text));
    const Line& line = m_lines[static_cast<std::size_t>(m_line)];
    const auto value = line.values[static_cast<std::size_t>(m_month)];
    const QString month =
        m_month == m_runningMonth ? tr("%1 (so far)").arg(m_months.value(m_month)) : m_months.value(m_month);
    const QString text = tr("%1, %2: %3").arg(line.name, month, MetricFormat::value(line.key, value));
    setAccessibleDescription(text + tr(". Press Enter to see its records."));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    const QPointF at = chart()->mapToPosition(QPointF(m_month, value.value_or(0)), p.series);
    QToolTip::showText(mapToGlobal(mapFromScene(chart()->mapToScene(at))), text, this);
}

void TrendChart::moveTo(int line, int month)
{
    if (!hasPoint(line, month))
        return;
    showCursor(false);
    m_line = line;
    m_month = month;
    showCursor(true);
}

void TrendChart::keyPressEvent(QKeyEvent* event)
{
    const int months = static_cast<int>(m_months.size());
    const int lines = static_cast<int>(m_points.size());
    // The nearest month with a value on `line`, searching from `from` by `step`.
    auto seek = [&](int line, int from, int step) {
        for (int m = from; m >= 0 && m < months; m += step)
            if (hasPoint(line, m))
                return m;
        return -1;
    };
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(m_line, seek(m_line, m_month - 1, -1));
        return;
    case Qt::Key_Right:
        moveTo(m_line, seek(m_line, m_month + 1, 1));
        return;
    case Qt::Key_Home:
        moveTo(m_line, seek(m_line, 0, 1));
        return;
    case Qt::Key_End:
        moveTo(m_line, seek(m_line, months - 1, -1));
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        for (int k = 1; k < lines; ++k) {
            const int line = (m_line + (event->key() == Qt::Key_Down ? k : lines - k)) % lines;
            int month = seek(line, m_month, -1);
            if (month < 0)
                month = seek(line, m_month, 1);
            if (month >= 0) {
                moveTo(line, month);
                break;
            }
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (currentPoint())
            emit pointActivated(m_lines[static_cast<std::size_t>(m_line)].key, m_month);
        return;
    default:
        KeyboardChartView::keyPressEvent(event);
    }
}

void TrendChart::placeCursor()
{
    // The newest month of the first line that has one.
    for (int line = 0; line < static_cast<int>(m_points.size()) && !currentPoint(); ++line)
        for (int m = static_cast<int>(m_months.size()) - 1; m >= 0; --m)
            if (hasPoint(line, m)) {
                m_line = line;
                m_month = m;
                break;
            }
}

void TrendChart::setRunningMonth(int month)
{
    m_runningMonth = month;
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
    showCursor(false);
    c->removeAllSeries();
    m_months = months;
    m_lines = lines;
    m_points.assign(lines.size(), std::vector<PointRef>(static_cast<std::size_t>(months.size())));
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
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Line& line = lines[l];
        // Empty months break the line: one QLineSeries per run of values, all under one
        // legend entry; lone points get a marker so they stay visible.
        QLineSeries* first = nullptr;
        QLineSeries* current = nullptr;
        auto newRun = [&] {
            auto* run = new QLineSeries;
            run->setName(line.name);
            run->setPointsVisible(true);
            c->addSeries(run);
            run->attachAxis(x);
            run->attachAxis(y);
            if (first) {
                run->setColor(first->color());
                for (auto* marker : c->legend()->markers(run))
                    marker->setVisible(false);
            } else {
                first = run;
            }
            const QString key = line.key;
            connect(run, &QLineSeries::clicked, this, [this, key](const QPointF& p) {
                emit pointActivated(key, static_cast<int>(std::lround(p.x())));
            });
            return run;
        };
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            const auto& v = line.values[i];
            if (!v) {
                current = nullptr;
                continue;
            }
            if (static_cast<int>(i) == m_runningMonth) {
                // The month still running: its own dashed stretch from the month before,
                // so that a figure that is not final does not read as a rise or a fall.
                const QLineSeries* before = current;
                current = newRun();
                QPen dashed = current->pen();
                dashed.setStyle(Qt::DashLine);
                current->setPen(dashed);
                if (before)
                    current->append(before->at(before->count() - 1));
            } else if (!current) {
                current = newRun();
            }
            if (i < m_points[l].size())
                m_points[l][i] = {current, static_cast<int>(current->count())};
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
    // The keyboard stays on the same line and month when there is still a point there.
    if (hasFocus())
        showCursor(true);
}

void TrendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(*chart(), palette());
    KeyboardChartView::changeEvent(event);
}

} // namespace rapport::app
