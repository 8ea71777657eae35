#pragma once

#include <QString>

namespace rapport::core {

// Where Rapport keeps its files. The GUI and the CLI both call applyIdentity()
// before anything else so that they resolve the same folders and settings.
namespace AppPaths {

void applyIdentity();
// The platform's application-data folder, created when missing.
QString dataDirectory();
// The database the GUI opens by default and the CLI's --db default.
QString defaultDatabasePath();
QString logDirectory();

} // namespace AppPaths

} // namespace rapport::core
