#include "DatabaseUpgradeJob.h"

#include "services/DatabaseAccess.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace rapport::app {

core::Result<QString> DatabaseUpgradeJob::run(QWidget* parent, const QString& path)
{
    // Shared with the worker, which may only touch it before it finishes.
    auto result = std::make_shared<core::Result<QString>>(QString());
    std::unique_ptr<QThread> worker(QThread::create([path, result] {
        // The worker's connection is opened, migrated and closed on the worker thread.
        auto db = core::DatabaseAccess::open(path);
        if (!db)
            *result = db.error();
        else
            *result = core::DatabaseAccess::upgradeBackupPath(**db);
    }));
    worker->setObjectName(QStringLiteral("database-upgrade"));

    QProgressDialog progress(QObject::tr("Opening %1…\nA database from an older version of Rapport is upgraded "
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
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    // Paint, but keep the user's clicks and keys for when the database is open: nothing in
    // the window may act on a database that is being upgraded.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return *result;
}

} // namespace rapport::app
