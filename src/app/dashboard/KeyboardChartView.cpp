#include "dashboard/KeyboardChartView.h"

#include <QPainter>

namespace rapport::app {

KeyboardChartView::KeyboardChartView(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    setFocusPolicy(Qt::StrongFocus);
    // Axis labels in the user's locale (QChart's locale is the default QLocale at creation).
    chart()->setLocalizeNumbers(true);
}

void KeyboardChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    placeCursor();
    showCursor(true);
    viewport()->update(); // the frame
}

void KeyboardChartView::focusOutEvent(QFocusEvent* event)
{
    showCursor(false);
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void KeyboardChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    painter->save();
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(chart()->mapToScene(chart()->plotArea()).boundingRect().adjusted(-4, -4, 4, 4));
    painter->restore();
}

} // namespace rapport::app
