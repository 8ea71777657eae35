#include "DashboardDocumentWriter.h"

#include "ChartPainter.h"
#include "PagedHtmlPainter.h"
#include "common/OutputFile.h"
#include "reflection/DashboardReportBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace rapport::render {

namespace {

// Charts are painted at 1.5 times the size they print at (600 by 128 points), so their text
// stays sharp on paper and all six fit one A4 page.
constexpr QSize kChartSize{900, 192};

core::Status paint(const core::DashboardReportData& data, QPagedPaintDevice& device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::Error::make(QCoreApplication::translate("DashboardDocumentWriter",
                                                             "Rendering a document needs a QGuiApplication"));
    PagedHtmlPainter::Images images;
    for (const core::ReportChart& chart : data.charts)
        images.emplace_back(chart.id + QStringLiteral(".png"), ChartPainter::paint(chart, kChartSize));
    const QString html = core::DashboardReportBuilder::html(
        data, [](const core::ReportChart& chart) { return QString(chart.id + QStringLiteral(".png")); });
    if (PagedHtmlPainter::paint(device, html, images, core::DashboardReportBuilder::title(data)) == 0)
        return core::Error::make(QCoreApplication::translate(
            "DashboardDocumentWriter", "The document could not be drawn on this device"));
    return {};
}

} // namespace

core::Result<QByteArray> DashboardDocumentWriter::pdfBytes(const core::DashboardReportData& data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(150);
        pdf.setTitle(core::DashboardReportBuilder::title(data));
        pdf.setCreator(QStringLiteral("Rapport"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        if (core::Status painted = paint(data, pdf); !painted)
            return painted.error();
    }
    buffer.close();
    if (bytes.isEmpty())
        return core::Error::make(
            QCoreApplication::translate("DashboardDocumentWriter", "The PDF came out empty"));
    return bytes;
}

core::Status DashboardDocumentWriter::writePdf(const core::DashboardReportData& data, const QString& path)
{
    auto bytes = pdfBytes(data);
    if (!bytes)
        return bytes.error();
    return core::OutputFile::write(
        path, QCoreApplication::translate("DashboardDocumentWriter", "the dashboard document"),
        [&bytes](QIODevice& device) -> core::Status {
            if (device.write(*bytes) != bytes->size())
                return core::Error::make(
                    QCoreApplication::translate("DashboardDocumentWriter",
                                                "Writing the dashboard document failed: %1")
                        .arg(device.errorString()));
            return {};
        });
}

core::Status DashboardDocumentWriter::print(const core::DashboardReportData& data, QPagedPaintDevice& device)
{
    return paint(data, device);
}

} // namespace rapport::render
