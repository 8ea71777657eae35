#pragma once

#include "common/Result.h"
#include "reflection/ReportData.h"

namespace rapport::render {

// Writes a report as HTML (charts embedded as data: URLs) or as an A4 PDF through
// QTextDocument and QPdfWriter (needs a QGuiApplication). Files are written through
// core::OutputFile: atomically and readable by the owner only (0600: reports hold customer
// names); a pipe or a device such as /dev/stdout directly, never replaced.
class ReportFileWriter
{
public:
    // HTML when `path` ends in .html or .htm, PDF when it ends in .pdf (any case).
    static bool isHtmlPath(const QString& path);
    static bool isPdfPath(const QString& path);
    // The format the file name asks for (PDF when it names neither).
    static core::Status write(const core::ReportData& data, const QString& path);
    static core::Status writeHtml(const core::ReportData& data, const QString& path);
    static core::Status writePdf(const core::ReportData& data, const QString& path);
    // PDF bytes without touching the disk.
    static core::Result<QByteArray> pdfBytes(const core::ReportData& data);
};

} // namespace rapport::render
