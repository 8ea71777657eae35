#include "shell/DatabaseUpgradeJob.h"

#include "services/BackgroundJob.h"
#include "services/DatabaseAccess.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <optional>

namespace rapport::app {

core::Result<QString> DatabaseUpgradeJob::run(QWidget* parent, const QString& path)
{
    core::BackgroundJob job(QStringLiteral("database-upgrade"));
    job.setDatabase(path);
    std::optional<core::Result<QString>> result;
    // The job's connection opens the file, which migrates it, on the job's thread.
    job.post<core::Result<QString>>(
        nullptr,
        [](core::JobContext& context) -> core::Result<QString> {
            auto db = context.database();
            if (!db)
                return db.error();
            return core::DatabaseAccess::upgradeBackupPath(**db);
        },
        [&result](core::Result<QString> r) { result.emplace(std::move(r)); });

    QProgressDialog progress(
        QObject::tr("Opening %1…\nA database from an older version of Rapport is upgraded "
                    "first; a copy of the old file is kept beside it.")
            .arg(QDir::toNativeSeparators(path)),
        QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("databaseUpgradeProgressDialog"));
    progress.setWindowTitle(QObject::tr("Opening Database"));
    progress.setAccessibleName(QObject::tr("Opening progress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr); // the upgrade is one transaction: stopping it halfway saves nothing
    progress.setMinimumDuration(300);

    QEventLoop loop;
    QObject::connect(&job, &core::BackgroundJob::idle, &loop, &QEventLoop::quit);
    // Paint, but keep the user's clicks and keys for when the database is open: nothing in
    // the window may act on a database that is being upgraded.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}

} // namespace rapport::app
