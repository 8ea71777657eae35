#include "shell/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <array>
#include <cmath>
#include <numbers>

namespace rapport::app {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    // Everything is drawn on a 64-unit grid and scaled.
    p.scale(size / 64.0, size / 64.0);

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x6f, 0x8b));
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13);

    // Three rising bars.
    p.setBrush(QColor(0xff, 0xff, 0xff));
    const std::array<QRectF, 3> bars{QRectF(21, 35, 6, 10), QRectF(29, 29, 6, 16), QRectF(37, 23, 6, 22)};
    for (const QRectF& bar : bars)
        p.drawRoundedRect(bar, 1.5, 1.5);

    // The loop: an arc of about 300 degrees with an arrow head where it ends.
    const QRectF circle(10, 10, 44, 44);
    QPen ring(QColor(0xf2, 0xb1, 0x34), 5.0, Qt::SolidLine, Qt::RoundCap);
    p.setPen(ring);
    p.setBrush(Qt::NoBrush);
    const double startDeg = 110;
    const double spanDeg = -300;
    p.drawArc(circle, static_cast<int>(startDeg * 16), static_cast<int>(spanDeg * 16));

    const double endRad = (startDeg + spanDeg) * std::numbers::pi / 180.0;
    const QPointF centre = circle.center();
    const double r = circle.width() / 2;
    const QPointF tip(centre.x() + r * std::cos(endRad), centre.y() - r * std::sin(endRad));
    // The tangent of a clockwise arc at that point.
    const QPointF along(std::sin(endRad), std::cos(endRad));
    const QPointF across(std::cos(endRad), -std::sin(endRad));
    QPainterPath head;
    head.moveTo(tip + along * 7.0);
    head.lineTo(tip + across * 6.0 - along * 2.0);
    head.lineTo(tip - across * 6.0 - along * 2.0);
    head.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(ring.color());
    p.drawPath(head);
    return pixmap;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace rapport::app
