// rapport: the desktop application.
#include "common/AppPaths.h"
#include "logging/Logging.h"
#include "shell/AppIcon.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

using namespace rapport;

int main(int argc, char* argv[])
{
    core::AppPaths::applyIdentity();
    core::Logging::initialize(
        {.logDirectory = core::AppPaths::logDirectory(), .toStderr = true, .verbose = false});
    QApplication app(argc, argv);
    QApplication::setWindowIcon(app::AppIcon::icon());
    app::Appearance::captureSystem();
    app::Appearance::applyStored();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rapport, a CRM reflection workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main",
                                "Save a picture of each screen to DIR and quit (use a throwaway database)."),
        QStringLiteral("DIR"));
    const QCommandLineOption now(
        QStringLiteral("now"),
        QApplication::translate("main", "Pretend it is this UTC instant (for screenshots)."),
        QStringLiteral("ISO-INSTANT"));
    parser.addOption(screenshots);
    parser.addOption(now);
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The database to open (default: your own)."));
    parser.process(app);

    // `rapport FILE` opens FILE; otherwise the default database in the data folder.
    const QStringList args = parser.positionalArguments();
    const QString path = !args.isEmpty() ? args.first() : core::AppPaths::defaultDatabasePath();

    app::DatabaseSession session;
    std::unique_ptr<core::FixedClock> fixedClock;
    if (parser.isSet(now)) {
        const QDateTime at = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!at.isValid()) {
            fputs(qPrintable(QApplication::translate("main",
                                                     "--now must be an instant like 2026-06-30T15:00:00Z\n")),
                  stderr);
            return 2;
        }
        fixedClock = std::make_unique<core::FixedClock>(at.toUTC());
        session.setClock(*fixedClock);
    }
    app::MainWindow window(session);
    if (parser.isSet(screenshots)) {
        if (!window.openDatabase(path, false))
            return 1;
        const int failures = app::ScreenshotTour(session, window, parser.value(screenshots)).run();
        core::Logging::shutdown();
        return failures == 0 ? 0 : 1;
    }
    window.openDatabase(path, true);
    window.show();
    // Once the window is up, ask who is working if it is not known yet.
    QTimer::singleShot(0, &window, [&window] { window.chooseRep(false); });
    const int code = app.exec();
    core::Logging::shutdown();
    return code;
}
