#include "ReportFileWriter.h"

#include "ChartPainter.h"
#include "common/OutputFile.h"
#include "reflection/ReportBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace rapport::render {

namespace {

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Through OutputFile: a file is replaced atomically and readable by the owner only; a pipe
// or a device (/dev/stdout) is written to, never replaced.
core::Status writeReport(const QString& path, const QByteArray& bytes)
{
    return core::OutputFile::write(
        path, QCoreApplication::translate("ReportFileWriter", "the report"),
        [&bytes](QIODevice& device) -> core::Status {
            if (device.write(bytes) != bytes.size())
                return core::Error::make(
                    QCoreApplication::translate("ReportFileWriter", "Writing the report failed: %1")
                        .arg(device.errorString()));
            return {};
        });
}

} // namespace

bool ReportFileWriter::isHtmlPath(const QString& path)
{
    return path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

bool ReportFileWriter::isPdfPath(const QString& path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

core::Status ReportFileWriter::write(const core::ReportData& data, const QString& path)
{
    return isHtmlPath(path) ? writeHtml(data, path) : writePdf(data, path);
}

core::Status ReportFileWriter::writeHtml(const core::ReportData& data, const QString& path)
{
    const QString html = core::ReportBuilder::html(data, [](const core::ReportChart& chart) {
        QString src = QStringLiteral("data:image/png;base64,");
        src += QString::fromLatin1(png(ChartPainter::paint(chart)).toBase64());
        return src;
    });
    return writeReport(path, html.toUtf8());
}

core::Result<QByteArray> ReportFileWriter::pdfBytes(const core::ReportData& data)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::Error::make(
            QCoreApplication::translate("ReportFileWriter", "Rendering a PDF needs a QGuiApplication"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(150);
        pdf.setTitle(QCoreApplication::translate("ReportFileWriter", "Self-assessment report %1")
                         .arg(data.period.label()));
        pdf.setCreator(QStringLiteral("Rapport"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setDocumentMargin(0);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        for (const core::ReportChart& chart : data.charts)
            doc.addResource(QTextDocument::ImageResource, QUrl(QString(chart.id + QStringLiteral(".png"))),
                            ChartPainter::paint(chart));
        // Lay the document out on the printable area less a footer line (in points at 96 dpi,
        // QTextDocument's unit), and paint page by page: QTextDocument::print() would add its own
        // 2 cm margins and could not say "page 2 of 7" with the report's name on each page.
        const QSizeF printable = pdf.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0);
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        const qreal footerHeight = 2.5 * QFontMetricsF(footerFont).height();
        const QSizeF pageSize(printable.width(), printable.height() - footerHeight);
        doc.setPageSize(pageSize);
        doc.setHtml(core::ReportBuilder::html(
            data, [](const core::ReportChart& chart) { return QString(chart.id + QStringLiteral(".png")); }));

        const int pageCount = doc.pageCount();
        const qreal scale = pdf.resolution() / 96.0;
        const QString title =
            QCoreApplication::translate("ReportFileWriter", "Rapport self-assessment report, %1")
                .arg(data.period.label());
        QPainter painter(&pdf);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            const QRectF slice(QPointF(0, page * pageSize.height()), pageSize);
            painter.translate(0, -slice.top());
            doc.drawContents(&painter, slice);
            painter.restore();

            // The footer is drawn in device units: a point size on the PDF's painter is already
            // at the writer's resolution.
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, (printable.height() - footerHeight * 0.6) * scale,
                                printable.width() * scale, footerHeight * 0.6 * scale);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             QCoreApplication::translate("ReportFileWriter", "Page %1 of %2")
                                 .arg(page + 1)
                                 .arg(pageCount));
        }
        painter.end();
    }
    buffer.close();
    if (bytes.isEmpty())
        return core::Error::make(QCoreApplication::translate("ReportFileWriter", "The PDF came out empty"));
    return bytes;
}

core::Status ReportFileWriter::writePdf(const core::ReportData& data, const QString& path)
{
    auto bytes = pdfBytes(data);
    if (!bytes)
        return bytes.error();
    return writeReport(path, *bytes);
}

} // namespace rapport::render
