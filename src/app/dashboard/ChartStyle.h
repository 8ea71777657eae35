#pragma once

class QChart;
class QPalette;

namespace rapport::app {

// Dresses a chart in the widget palette's colours (background, text, grid) instead of
// the fixed light theme, so charts stay readable in a dark palette.
void applyPalette(QChart& chart, const QPalette& palette);

} // namespace rapport::app
