#include "dashboard/DashboardPictureWriter.h"

#include "common/Error.h"

#include <QPainter>
#include <QPdfWriter>
#include <QRect>
#include <QSaveFile>

namespace rapport::app {

namespace {

core::Status failed(const QString& path, const QString& reason)
{
    return core::Error::make(DashboardPictureWriter::tr("Could not write %1: %2").arg(path, reason));
}

} // namespace

core::Status DashboardPictureWriter::writePng(const QPixmap& picture, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    if (!picture.save(&file, "PNG")) {
        file.cancelWriting();
        return failed(path, tr("the picture could not be encoded"));
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return {};
}

core::Status DashboardPictureWriter::writePdf(const QPixmap& picture, const QString& title,
                                              const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setResolution(150);
        draw(picture, writer, QRect(QPoint(0, 0), QSize(writer.width(), writer.height())));
    } // the writer finishes the document here
    if (!file.commit())
        return failed(path, file.errorString());
    return {};
}

void DashboardPictureWriter::draw(const QPixmap& picture, QPaintDevice& device, const QRect& page)
{
    QPainter painter(&device);
    const QSize size = picture.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(page.topLeft(), size), picture);
}

} // namespace rapport::app
