#pragma once

class QChart;
class QPainter;
class QPalette;

namespace rapport::app {

// Dresses a chart in the widget palette's colours (background, text, grid) instead of
// the fixed light theme, so charts stay readable in a dark palette.
void applyPalette(QChart& chart, const QPalette& palette);

// The frame a chart with the keyboard focus draws around its plot area (from
// QGraphicsView::drawForeground, in scene coordinates).
void drawFocusFrame(QPainter& painter, const QChart& chart, const QPalette& palette);

} // namespace rapport::app
