#pragma once

#include "common/Result.h"
#include "reflection/DashboardReportData.h"

class QPagedPaintDevice;

namespace rapport::render {

// The dashboard as a printed document (DashboardReportBuilder's HTML, ChartPainter's charts):
// A4 portrait pages with the document's name and page numbers in the footer, as a PDF file or
// on a printer. Needs a QGuiApplication; may run on a worker thread.
class DashboardDocumentWriter
{
public:
    static core::Result<QByteArray> pdfBytes(const core::DashboardReportData& data);
    // Atomically, readable by the owner only (the team table names reps), as reports are.
    static core::Status writePdf(const core::DashboardReportData& data, const QString& path);
    // On a printer (or any paged device) whose page layout the caller chose; the GUI thread.
    static core::Status print(const core::DashboardReportData& data, QPagedPaintDevice& device);
};

} // namespace rapport::render
