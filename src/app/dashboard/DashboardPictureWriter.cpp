#include "dashboard/DashboardPictureWriter.h"

#include "common/Error.h"

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

} // namespace rapport::app
