#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QString>

class QPaintDevice;
class QRect;

namespace rapport::app {

// Writes a picture of the dashboard as a PNG image or an A4 landscape PDF page. Files go
// through QSaveFile: a failed or interrupted write leaves an existing file as it was.
class DashboardPictureWriter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPictureWriter)

public:
    static core::Status writePng(const QPixmap& picture, const QString& path);
    static core::Status writePdf(const QPixmap& picture, const QString& title, const QString& path);
    // Draws the picture as large as it fits in `page`, keeping its proportions.
    static void draw(const QPixmap& picture, QPaintDevice& device, const QRect& page);
};

} // namespace rapport::app
