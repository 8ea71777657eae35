#pragma once

#include "common/Result.h"
#include "services/DatabaseAccess.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rapport::core {
class Database;
}

namespace rapport::app {

// The worker side of ListQueryRunner: lives on the runner's thread and owns that
// thread's read-only connection to the session's file.
class ListQueryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListQueryWorker)

public:
    ListQueryWorker();
    ~ListQueryWorker() override;

    // The connection for `path` as opened for `epoch` (reopened when either changed),
    // nullptr with `error` set when the file cannot be opened or no file is open.
    core::Database* connectionFor(const QString& path, quint64 epoch, core::Error& error);
    // Closes the connection on the worker's own thread.
    void closeConnection();

private:
    core::DatabaseHandle m_db;
    QString m_path;
    quint64 m_epoch = 0;
};

} // namespace rapport::app
