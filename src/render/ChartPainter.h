#pragma once

#include "reflection/ReportData.h"

#include <QImage>
#include <QSize>

namespace rapport::render {

// Draws a report chart (a line for rates, bars for counts) as a white image with dark
// ink and its title on top, readable when printed in black and white. Missing values
// leave a gap.
class ChartPainter
{
public:
    static constexpr QSize kDefaultSize{1200, 406};
    static QImage paint(const core::ReportChart& chart, QSize size = kDefaultSize);
};

} // namespace rapport::render
