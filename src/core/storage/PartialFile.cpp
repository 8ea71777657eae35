#include "storage/PartialFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::core {
namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// ".<name>.partial-<pid>-": the prefix of every temporary file of one process for one target.
QString partialPrefix(const QFileInfo& target, qint64 pid)
{
    return QStringLiteral(".%1.partial-%2-").arg(target.fileName()).arg(pid);
}

Status syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error::make(QCoreApplication::translate("rapport::core::PartialFile", "Cannot open %1: %2")
                               .arg(path, errnoText(errno)));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return Error::make(
            QCoreApplication::translate("rapport::core::PartialFile", "Cannot write %1 to disk: %2")
                .arg(path, errnoText(error)));
    return {};
}

} // namespace

PartialFile::PartialFile(QString targetPath) : m_target(QFileInfo(targetPath).absoluteFilePath()) {}

PartialFile::~PartialFile()
{
    if (!m_path.isEmpty() && !m_moved) {
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-journal"));
    }
}

void PartialFile::removeStalePartials() const
{
    const QFileInfo target(m_target);
    const QString prefix = QStringLiteral(".%1.partial-").arg(target.fileName());
    const QDir dir = target.absoluteDir();
    const QStringList names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        bool isNumber = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        // Only files of processes that are gone: a running backup's file is never touched.
        if (isNumber && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

Status PartialFile::create()
{
    static QAtomicInteger<quint64> counter = 0;
    removeStalePartials();
    const QFileInfo target(m_target);
    const QString path =
        target.absoluteDir().filePath(partialPrefix(target, QCoreApplication::applicationPid()) +
                                      QString::number(counter.fetchAndAddRelaxed(1)));
    // O_EXCL: never reuse (or follow a link planted at) a name someone else created.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::make(
            QCoreApplication::translate("rapport::core::PartialFile", "Cannot create a file in %1: %2")
                .arg(QDir::toNativeSeparators(target.absolutePath()), errnoText(errno)));
    ::close(fd);
    m_path = path;
    return {};
}

Status PartialFile::moveOntoTarget(Replace replace)
{
    if (m_path.isEmpty() || m_moved)
        return Error::make(
            QCoreApplication::translate("rapport::core::PartialFile", "Nothing to move onto %1.")
                .arg(m_target));
    if (Status s = syncPath(m_path, O_RDONLY); !s)
        return s;
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(m_target);
    struct stat existing
    {
    };
    const bool targetExists = ::lstat(to.constData(), &existing) == 0;
    if (targetExists && replace == Replace::No)
        return Error::make(QCoreApplication::translate("rapport::core::PartialFile",
                                                       "%1 already exists; choose another name.")
                               .arg(m_target));
    if (targetExists && !S_ISREG(existing.st_mode))
        return Error::make(
            QCoreApplication::translate(
                "rapport::core::PartialFile",
                "%1 is not a regular file (a folder, a link, a pipe or a device); it was not replaced.")
                .arg(m_target));
    if (replace == Replace::Yes) {
        // rename(2) replaces the old file in one step: a failure keeps it.
        if (std::rename(from.constData(), to.constData()) != 0)
            return Error::make(
                QCoreApplication::translate("rapport::core::PartialFile", "Cannot replace %1: %2")
                    .arg(m_target, errnoText(errno)));
    } else {
        // link(2) fails if the name was taken meanwhile, where rename(2) would replace it.
        int rc = ::link(from.constData(), to.constData());
        int error = errno;
        if (rc != 0 && (error == EPERM || error == EOPNOTSUPP || error == ENOSYS)) {
            // A file system without hard links (FAT, some network shares): check, then rename.
            rc = ::lstat(to.constData(), &existing) == 0 ? -1 : std::rename(from.constData(), to.constData());
            error = rc == 0 ? 0 : (errno == ENOENT ? EEXIST : errno);
        }
        if (rc != 0) {
            return Error::make(
                error == EEXIST
                    ? QStringLiteral("%1 already exists; choose another name.").arg(m_target)
                    : QCoreApplication::translate("rapport::core::PartialFile", "Cannot create %1: %2")
                          .arg(m_target, errnoText(error)));
        }
        QFile::remove(m_path);
    }
    m_moved = true;
    // The new name must survive a power cut too.
    return syncPath(QFileInfo(m_target).absolutePath(), O_RDONLY | O_DIRECTORY);
}

} // namespace rapport::core
