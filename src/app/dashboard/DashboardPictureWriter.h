#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QString>

namespace rapport::app {

// Writes a picture of the dashboard page as a PNG image (the PDF is a document: see
// DashboardExporter). The file goes through QSaveFile: a failed or interrupted write leaves an existing file
// as it was.
class DashboardPictureWriter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPictureWriter)

public:
    static core::Status writePng(const QPixmap& picture, const QString& path);
};

} // namespace rapport::app
