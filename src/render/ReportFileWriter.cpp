#include "ReportFileWriter.h"

#include "ChartPainter.h"
#include "PagedHtmlPainter.h"
#include "common/OutputFile.h"
#include "reflection/ReportBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

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
        PagedHtmlPainter::Images images;
        for (const core::ReportChart& chart : data.charts)
            images.emplace_back(chart.id + QStringLiteral(".png"), ChartPainter::paint(chart));
        const QString html = core::ReportBuilder::html(
            data, [](const core::ReportChart& chart) { return QString(chart.id + QStringLiteral(".png")); });
        PagedHtmlPainter::paint(
            pdf, html, images,
            QCoreApplication::translate("ReportFileWriter", "Rapport self-assessment report, %1")
                .arg(data.period.label()));
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
