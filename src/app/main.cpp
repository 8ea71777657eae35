// rapport: the desktop application.
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "common/AppPaths.h"
#include "logging/Logging.h"

#include <QApplication>
#include <QFileInfo>

using namespace rapport;

int main(int argc, char* argv[])
{
    core::AppPaths::applyIdentity();
    core::Logging::initialize({.logDirectory = core::AppPaths::logDirectory(), .toStderr = true, .verbose = false});
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-address-book")));

    // `rapport FILE` opens FILE; otherwise the default database in the data folder.
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args.at(1) : core::AppPaths::defaultDatabasePath();

    app::DatabaseSession session;
    app::MainWindow window(session);
    window.openDatabase(path, true);
    window.show();
    const int code = app.exec();
    core::Logging::shutdown();
    return code;
}
