#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace rapport::app {

// Opens an existing database once on a worker thread before the window's own connection
// does, so that a schema upgrade (a backup copy of the file, then index builds: seconds on
// a large database) never freezes the window. While it runs, the window paints but takes no
// input, and a progress dialog appears after 300 ms. Returns the backup the upgrade left
// beside the file, or an empty string when the file was already current.
class DatabaseUpgradeJob
{
public:
    static core::Result<QString> run(QWidget* parent, const QString& path);
};

} // namespace rapport::app
