#include "CliContext.h"

#include "Command.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::cli {

CliContext::CliContext(QString databasePath, const core::Clock& clock)
    : m_databasePath(std::move(databasePath)), m_clock(clock), m_out(stdout), m_err(stderr),
      m_progress(::isatty(STDERR_FILENO) == 1)
{
}

void CliContext::progress(const QString& what, qint64 done, qint64 total)
{
    if (!m_progress || total <= 0)
        return;
    const int percent = static_cast<int>(done * 100 / total);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    m_err << QStringLiteral("\r%1: %2%").arg(what).arg(percent) << Qt::flush;
}

void CliContext::endProgress()
{
    if (m_progress && m_lastPercent >= 0)
        m_err << QStringLiteral("\r\033[K") << Qt::flush;
    m_lastPercent = -1;
}

core::DatabaseHandle CliContext::openDatabase(core::DatabaseOpenMode mode, bool announceCreation)
{
    // (A server's database always exists: its administrator created it.)
    const bool existed =
        core::DatabaseAccess::isServerAddress(m_databasePath) || QFileInfo::exists(m_databasePath);
    auto db = core::DatabaseAccess::open(m_databasePath, mode);
    if (!db) {
        fail(db.error().message, ExitFailure);
        return nullptr;
    }
    if (!existed && announceCreation)
        m_err << tr("rapport-cli: created a new database at %1\n").arg(core::DatabaseAccess::path(**db))
              << Qt::flush;
    if (const QString backup = core::DatabaseAccess::upgradeBackupPath(**db); !backup.isEmpty())
        m_err << tr("rapport-cli: the database was upgraded; a backup of the old file is at %1\n").arg(backup)
              << Qt::flush;
    return std::move(db).value();
}

bool CliContext::isStandardOutput(const QString& path)
{
    struct stat target = {};
    struct stat out = {};
    return ::stat(QFile::encodeName(path).constData(), &target) == 0 && ::fstat(STDOUT_FILENO, &out) == 0 &&
           target.st_dev == out.st_dev && target.st_ino == out.st_ino;
}

int CliContext::fail(const QString& message, int code)
{
    m_err << QStringLiteral("rapport-cli: ") << plainWords(message) << '\n' << Qt::flush;
    return code;
}

QString CliContext::plainWords(const QString& message) const
{
    // The stores that call SQLite directly pass on its "database is locked" (SQLITE_BUSY once
    // the 10 s busy timeout ran out; "database table is locked" for SQLITE_LOCKED). Every
    // command's failure comes through here, so this is the one place to say it plainly.
    static const QRegularExpression raw(QStringLiteral("database (table )?is locked"));
    if (!message.contains(raw))
        return message;
    return tr("another program (the Rapport window or another rapport-cli) is writing to the same "
              "database, %1, and kept it locked too long; try again when it has finished.")
        .arg(m_databasePath);
}

} // namespace rapport::cli
