#include "dashboard/Sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace rapport::app {

Sparkline::Sparkline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<std::optional<double>> values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto& v : m_values) {
        if (!v)
            continue;
        low = any ? std::min(low, *v) : *v;
        high = any ? std::max(high, *v) : *v;
        any = true;
    }
    if (!any || m_values.size() < 2)
        return;
    if (high == low) {
        high += 1;
        low -= 1;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    const double stepX = area.width() / static_cast<double>(m_values.size() - 1);
    auto pointAt = [&](std::size_t i, double v) {
        return QPointF(area.left() + stepX * static_cast<double>(i),
                       area.bottom() - (v - low) / (high - low) * area.height());
    };
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i]) {
            drawing = false;
            continue;
        }
        const QPointF pt = pointAt(i, *m_values[i]);
        if (drawing)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        drawing = true;
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawPath(path);
    if (m_values.back()) {
        p.setBrush(palette().color(QPalette::Highlight));
        p.drawEllipse(pointAt(m_values.size() - 1, *m_values.back()), 2.5, 2.5);
    }
}

} // namespace rapport::app
