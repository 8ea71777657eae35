// rapport-cli: Rapport's command line (interchange.md).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/AppPaths.h"
#include "common/Clock.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace rapport;

namespace {

QString toolUsage(const std::vector<std::unique_ptr<cli::Command>>& commands)
{
    QString text = QStringLiteral("Usage: rapport-cli [--db FILE] <command> [options]\n\n"
                                  "Rapport's command line: the same data as the desktop app.\n\n"
                                  "Options:\n"
                                  "  --db FILE      the database (default: %1)\n"
                                  "  -h, --help     show this help; `rapport-cli <command> --help` for a command\n"
                                  "  --version      show the version\n\n"
                                  "Commands:\n")
                       .arg(core::AppPaths::defaultDatabasePath());
    for (const auto& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(10), c->summary());
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    // Identity first (it decides the folders), then logging, then the application object.
    core::AppPaths::applyIdentity();
    core::Logging::initialize({.logDirectory = core::AppPaths::logDirectory(), .toStderr = false, .verbose = false});
    // Only `report` paints (charts, PDF): it gets a QGuiApplication, on the offscreen
    // platform unless one is chosen; every other command stays a plain QCoreApplication.
    bool paints = false;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-') {
            paints = qstrcmp(argv[i], "report") == 0;
            break;
        }
        if (qstrcmp(argv[i], "--db") == 0)
            ++i; // skip the option's value
    }
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;

    const auto commands = cli::CommandRegistry::all();
    QStringList args = app.arguments().mid(1);
    QString dbPath;
    // Global options stand before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") && !args.isEmpty()) {
            dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            QTextStream(stdout) << toolUsage(commands);
            return cli::ExitSuccess;
        } else if (option == QLatin1String("--version")) {
            QTextStream(stdout) << QStringLiteral("rapport-cli %1\n").arg(QStringLiteral(RAPPORT_VERSION));
            return cli::ExitSuccess;
        } else {
            QTextStream(stderr) << QStringLiteral("rapport-cli: unknown option '%1'\n\n").arg(option)
                                << toolUsage(commands);
            return cli::ExitUsage;
        }
    }
    if (args.isEmpty()) {
        QTextStream(stderr) << QStringLiteral("rapport-cli: no command given\n\n") << toolUsage(commands);
        return cli::ExitUsage;
    }
    if (dbPath.isEmpty())
        dbPath = core::AppPaths::defaultDatabasePath();

    const QString name = args.takeFirst();
    for (const auto& command : commands) {
        if (command->name() == name) {
            cli::CliContext context(dbPath, core::SystemClock::instance());
            const int code = command->run(context, args);
            context.out().flush();
            core::Logging::shutdown();
            return code;
        }
    }
    QTextStream(stderr) << QStringLiteral("rapport-cli: unknown command '%1'\n\n").arg(name) << toolUsage(commands);
    return cli::ExitUsage;
}
