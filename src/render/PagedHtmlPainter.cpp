#include "PagedHtmlPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace rapport::render {

QFont PagedHtmlPainter::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    return font;
}

int PagedHtmlPainter::paint(QPagedPaintDevice& device, const QString& html, const Images& images,
                            const QString& footerTitle)
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    const QFont font = bodyFont();
    doc.setDefaultFont(font);
    for (const auto& [name, image] : images)
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    // Lay the document out on the printable area less a footer line (in points at 96 dpi,
    // QTextDocument's unit), and paint page by page: QTextDocument::print() would add its own
    // 2 cm margins and could not say "page 2 of 7" with the document's name on each page.
    const QSizeF printable = device.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0);
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const qreal footerHeight = 2.5 * QFontMetricsF(footerFont).height();
    const QSizeF pageSize(printable.width(), printable.height() - footerHeight);
    doc.setPageSize(pageSize);
    doc.setHtml(html);

    const int pageCount = doc.pageCount();
    const qreal scale = device.logicalDpiX() / 96.0;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF slice(QPointF(0, page * pageSize.height()), pageSize);
        painter.translate(0, -slice.top());
        doc.drawContents(&painter, slice);
        painter.restore();

        // The footer is drawn in device units: a point size on the device's painter is already
        // at its resolution.
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, (printable.height() - footerHeight * 0.6) * scale, printable.width() * scale,
                            footerHeight * 0.6 * scale);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerTitle);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("ReportFileWriter", "Page %1 of %2").arg(page + 1).arg(pageCount));
    }
    painter.end();
    return pageCount;
}

} // namespace rapport::render
