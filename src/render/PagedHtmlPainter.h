#pragma once

#include <QFont>
#include <QImage>
#include <QString>
#include <utility>
#include <vector>

class QPagedPaintDevice;

namespace rapport::render {

// Lays an HTML document out on the pages of a PDF writer or a printer and paints it page by
// page with a footer line ("title … Page 2 of 7"). Shared by the self-assessment report and
// the dashboard document, so both print the same way. Needs a QGuiApplication.
class PagedHtmlPainter
{
public:
    // Images the HTML names in <img src="…">, by that name.
    using Images = std::vector<std::pair<QString, QImage>>;

    // Paints on `device` (its page layout decides size and margins); returns the page count,
    // 0 when the device could not be painted on.
    static int paint(QPagedPaintDevice& device, const QString& html, const Images& images,
                     const QString& footerTitle);
    // The body font of every printed document.
    static QFont bodyFont();
};

} // namespace rapport::render
