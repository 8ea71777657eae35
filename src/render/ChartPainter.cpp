#include "ChartPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace rapport::render {

namespace {

// A step of 1, 2 or 5 times a power of ten giving about `ticks` intervals over span.
double niceStep(double span, int ticks)
{
    const double raw = span / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

QString monthLabel(const QString& label)
{
    // "2026-03" -> "Mar 26" (the locale's short month name: "März 26" in German); other
    // labels as they are.
    if (label.size() == 7 && label[4] == QLatin1Char('-')) {
        bool ok = false;
        const int month = label.mid(5).toInt(&ok);
        if (ok && month >= 1 && month <= 12)
            return QStringLiteral("%1 %2").arg(QLocale().monthName(month, QLocale::ShortFormat),
                                               label.mid(2, 2));
    }
    return label;
}

} // namespace

QImage ChartPainter::paint(const core::ReportChart& chart, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(12, size.height() / 22));
    p.setFont(font);
    const QFontMetrics fm(font);

    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const auto& v : chart.values)
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(font.pixelSize() * 5 / 4);
    const int titleHeight = QFontMetrics(titleFont).height() + 8;
    p.setPen(QColor(0x11, 0x11, 0x11));
    p.setFont(titleFont);
    p.drawText(QRect(0, 0, size.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop, chart.title);
    p.setFont(font);
    const QRect plot(fm.horizontalAdvance(QStringLiteral("-000000")) + 10, titleHeight + fm.height() / 2,
                     size.width() - fm.horizontalAdvance(QStringLiteral("-000000")) - 30,
                     size.height() - titleHeight - 3 * fm.height());
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
    p.drawRect(plot);
    if (!std::isfinite(lo)) {
        p.drawText(plot, Qt::AlignCenter,
                   QCoreApplication::translate("ChartPainter", "no data in these months"));
        return image;
    }
    if (chart.bars)
        lo = std::min(0.0, lo);
    if (hi - lo < 1e-9) {
        hi += 1;
        lo -= chart.bars ? 0 : 1;
    }
    const double step = niceStep(hi - lo, 5);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    // Grid and value axis
    for (double v = lo; v <= hi + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x22, 0x22, 0x22));
        const QString text = QLocale().toString(v, 'f', step < 1 ? 1 : 0);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text);
    }

    const int n = static_cast<int>(chart.values.size());
    const double slot = n > 0 ? static_cast<double>(plot.width()) / n : plot.width();
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };
    // Month labels: every one when they fit, otherwise every second.
    const int every = fm.horizontalAdvance(QStringLiteral("Mmm 00 ")) > slot ? 2 : 1;
    p.setPen(QColor(0x22, 0x22, 0x22));
    for (int i = 0; i < n; ++i) {
        if ((n - 1 - i) % every != 0 || i >= chart.labels.size())
            continue;
        p.drawText(QRectF(xOf(i) - slot, plot.bottom() + 4, 2 * slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, monthLabel(chart.labels[i]));
    }

    const QColor ink(0x1f, 0x4e, 0x9a);
    if (chart.bars) {
        for (int i = 0; i < n; ++i) {
            const auto& v = chart.values[static_cast<std::size_t>(i)];
            if (!v)
                continue;
            const double top = yOf(*v);
            // A month still running is hatched: its bar is only what happened so far.
            const bool running = i == chart.runningIndex;
            p.setPen(running ? QPen(ink, 2) : QPen(Qt::NoPen));
            p.setBrush(running ? QBrush(ink, Qt::BDiagPattern) : QBrush(ink));
            p.drawRect(QRectF(xOf(i) - slot * 0.35, top, slot * 0.7, yOf(std::max(lo, 0.0)) - top));
        }
    } else {
        p.setPen(QPen(ink, 3));
        QPainterPath path;
        QPainterPath runningPath; // the segment into a month still running, drawn dashed
        bool open = false;
        for (int i = 0; i < n; ++i) {
            const auto& v = chart.values[static_cast<std::size_t>(i)];
            if (!v) {
                open = false;
                continue;
            }
            const QPointF pt(xOf(i), yOf(*v));
            if (open && i == chart.runningIndex) {
                runningPath.moveTo(path.currentPosition());
                runningPath.lineTo(pt);
            } else if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.drawPath(path);
        p.setPen(QPen(ink, 3, Qt::DashLine));
        p.drawPath(runningPath);
        p.setPen(QPen(ink, 3));
        for (int i = 0; i < n; ++i)
            if (const auto& v = chart.values[static_cast<std::size_t>(i)]) {
                // A running month's point is open: its value is only so far.
                p.setBrush(i == chart.runningIndex ? QBrush(Qt::white) : QBrush(ink));
                p.drawEllipse(QPointF(xOf(i), yOf(*v)), 5, 5);
            }
    }
    return image;
}

} // namespace rapport::render
