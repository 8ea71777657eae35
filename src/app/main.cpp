// rapport: the desktop application.
#include "common/AppPaths.h"
#include "common/Translations.h"
#include "logging/Logging.h"
#include "shell/AppIcon.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "shell/LanguageMenu.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>

using namespace rapport;

namespace {

// Some options have to be known before the application object exists (the platform is
// chosen when it is constructed), so they are looked for in argv directly.
bool hasArgument(int argc, char* argv[], const char* argument)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], argument) == 0)
            return true;
    return false;
}

// --smoke-test: proves that an installed Rapport starts (its libraries, Qt's platform and
// SQL plugins, the schema, every page) without a person in front of it. Any dialog that
// opens means something went wrong (an error box, a question nobody can answer), so it
// fails the test at once instead of waiting for a click that never comes.
int runSmokeTest(app::MainWindow& window, const QString& databasePath)
{
    bool failed = false;
    auto fail = [&failed](const QString& why) {
        failed = true;
        fputs(qPrintable(QApplication::translate("main", "rapport: smoke test failed: %1\n").arg(why)),
              stderr);
        // Leaves every event loop, a dialog's included, so the steps below return.
        QCoreApplication::exit(1);
    };
    QTimer dialogWatch;
    dialogWatch.setInterval(100);
    QObject::connect(&dialogWatch, &QTimer::timeout, &window, [&fail] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        const auto* box = qobject_cast<QMessageBox*>(dialog);
        fail(QApplication::translate("main", "a dialog opened: %1")
                 .arg(box ? QString(box->text() + QLatin1Char(' ') + box->detailedText())
                          : dialog->windowTitle()));
        dialog->close();
    });
    dialogWatch.start();
    // A start that hangs is a failure too; a minute is far more than a healthy start takes.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &window, [&fail] {
        fail(QApplication::translate("main", "the window did not open within a minute"));
    });
    deadline.start(60'000);

    if (!window.openDatabase(databasePath, true)) {
        if (!failed)
            fail(QApplication::translate("main", "the database %1 could not be created").arg(databasePath));
        return 1;
    }
    window.show();
    for (int page = 0; page < app::MainWindow::PageCount && !failed; ++page) {
        window.showPage(static_cast<app::MainWindow::Page>(page));
        QCoreApplication::processEvents();
    }
    if (!failed && (!window.isVisible() || window.grab().isNull()))
        fail(QApplication::translate("main", "the main window was not drawn"));
    if (failed)
        return 1;
    fputs(qPrintable(QApplication::translate(
              "main", "rapport: smoke test passed: the main window showed every page on a new database\n")),
          stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // A smoke test needs no display and leaves the user's files alone: Qt draws offscreen
    // (unless a platform is asked for), and settings, logs and the database go to a
    // temporary folder that disappears afterwards.
    const bool smokeTest = hasArgument(argc, argv, "--smoke-test");
    // --version and --help only print: they must work where no display is (a package's
    // install test, a terminal over ssh), and the platform is chosen before they are read.
    bool printsOnly = false;
    for (const char* option : {"-v", "--version", "-h", "--help", "-?", "--help-all"})
        printsOnly = printsOnly || hasArgument(argc, argv, option);
    if ((smokeTest || printsOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::optional<QTemporaryDir> smokeHome;
    if (smokeTest) {
        smokeHome.emplace();
        if (!smokeHome->isValid()) {
            fputs(qPrintable(
                      QApplication::translate("main", "rapport: smoke test failed: no temporary folder\n")),
                  stderr);
            return 1;
        }
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, QFile::encodeName(smokeHome->filePath(QString::fromLatin1(variable))));
    }

    core::AppPaths::applyIdentity();
    core::Logging::initialize(
        {.logDirectory = core::AppPaths::logDirectory(), .toStderr = true, .verbose = false});
    QApplication app(argc, argv);
    // The id names the installed desktop entry (packaging/): Wayland compositors find the
    // entry, and so the icon and the name, from it.
    QGuiApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));
    QApplication::setWindowIcon(app::AppIcon::icon());
    app::Appearance::captureSystem();
    app::Appearance::applyStored();
    core::Translations::install(app, app::LanguageMenu::stored());

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
    const QCommandLineOption smoke(
        QStringLiteral("smoke-test"),
        QApplication::translate("main",
                                "Open the main window offscreen on a new temporary database, show every "
                                "page and quit: exit status 0 when all went well."));
    parser.addOption(screenshots);
    parser.addOption(now);
    parser.addOption(smoke);
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
    if (smokeTest) {
        const int code = runSmokeTest(window, smokeHome->filePath(QStringLiteral("smoke-test.sqlite")));
        core::Logging::shutdown();
        return code;
    }
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
