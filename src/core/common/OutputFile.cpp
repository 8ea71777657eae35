#include "common/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace rapport::core {
namespace {

Error cannotWrite(const QString& what, const QString& path, const QString& reason)
{
    return Error::make(
        QCoreApplication::translate("OutputFile", "Cannot write %1 to %2: %3").arg(what, path, reason));
}

// A pipe or a device is written as it is; a failure may leave part of the content in it.
Status writeDirectly(const QString& path, const QString& what, const OutputFile::Writer& writer)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(what, path, file.errorString());
    if (Status s = writer(file); !s)
        return s;
    if (!file.flush())
        return cannotWrite(what, path, file.errorString());
    return {};
}

Status writeAtomically(const QString& path, const QString& what, const OutputFile::Writer& writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(what, path, file.errorString());
    // Customer data: the owner only, before a single byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = writer(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return cannotWrite(what, path, file.errorString());
    return {};
}

} // namespace

Status OutputFile::write(const QString& path, const QString& what, const Writer& writer)
{
    struct stat st = {};
    // stat() follows symbolic links: /dev/stdout is one, to a pipe, a file or a terminal.
    if (!path.isEmpty() && ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
            return writeDirectly(path, what, writer);
        const QString kind =
            S_ISDIR(st.st_mode)    ? QCoreApplication::translate("OutputFile", "a folder")
            : S_ISBLK(st.st_mode)  ? QCoreApplication::translate("OutputFile", "a disk device")
            : S_ISSOCK(st.st_mode) ? QCoreApplication::translate("OutputFile", "a socket")
                                   : QCoreApplication::translate("OutputFile", "not a regular file");
        return cannotWrite(
            what, path,
            QCoreApplication::translate("OutputFile", "it is %1; name a file, a pipe or /dev/stdout")
                .arg(kind));
    }
    return writeAtomically(path, what, writer);
}

} // namespace rapport::core
