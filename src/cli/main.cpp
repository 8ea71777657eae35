// rapport-cli: Rapport's command line (interchange.md).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/AppPaths.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <memory>
#include <optional>

using namespace rapport;

namespace {

QString toolUsage(const std::vector<std::unique_ptr<cli::Command>>& commands)
{
    QString text = QCoreApplication::translate("rapport-cli", "Usage: %1")
                       .arg(QStringLiteral("rapport-cli [--db FILE] <command> [options]")) +
                   QStringLiteral("\n\n") +
                   QCoreApplication::translate("rapport-cli",
                                               "Rapport's command line: the same data as the desktop app.") +
                   QStringLiteral("\n\n") + QCoreApplication::translate("rapport-cli", "Options:") +
                   QStringLiteral("\n  --db FILE      ") +
                   QCoreApplication::translate("rapport-cli", "the database (default: %1)")
                       .arg(core::AppPaths::defaultDatabasePath()) +
                   QStringLiteral("\n  -h, --help     ") +
                   QCoreApplication::translate(
                       "rapport-cli", "show this help; `rapport-cli <command> --help` for a command") +
                   QStringLiteral("\n  --version      ") +
                   QCoreApplication::translate("rapport-cli", "show the version") + QStringLiteral("\n\n") +
                   QCoreApplication::translate("rapport-cli", "Commands:") + QLatin1Char('\n');
    for (const auto& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(10), c->summary());
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    // Identity first (it decides the folders), then logging, then the application object.
    core::AppPaths::applyIdentity();
    core::Logging::initialize(
        {.logDirectory = core::AppPaths::logDirectory(), .toStderr = false, .verbose = false});
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
    // The language of LANGUAGE/LANG; JSON and CSV output never change with it.
    core::Translations::install(app);

    const auto commands = cli::CommandRegistry::all();
    auto usageError = [&commands](const QString& message) {
        QTextStream(stderr) << QStringLiteral("rapport-cli: %1\n\n").arg(message) << toolUsage(commands);
        return cli::ExitUsage;
    };
    // Qt decodes arguments as UTF-8 and turns other bytes into U+FFFD: a file name with
    // such bytes would silently become another file, so it is refused instead.
    for (int i = 1; i < argc; ++i) {
        if (!QByteArrayView(argv[i]).isValidUtf8())
            return usageError(QCoreApplication::translate(
                                  "rapport-cli",
                                  "argument %1 ('%2') is not valid UTF-8; rapport-cli takes file names "
                                  "and values in UTF-8 only (rename the file)")
                                  .arg(i)
                                  .arg(QString::fromUtf8(argv[i])));
    }
    QStringList args = app.arguments().mid(1);
    std::optional<QString> dbPath;
    // Global options stand before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") || option.startsWith(QLatin1String("--db="))) {
            if (option == QLatin1String("--db") && args.isEmpty())
                return usageError(
                    QCoreApplication::translate("rapport-cli", "--db needs a value: the database file"));
            dbPath = option == QLatin1String("--db") ? args.takeFirst() : option.mid(5);
            // An unset shell variable: falling back to the desktop database would write there.
            if (dbPath->isEmpty())
                return usageError(QCoreApplication::translate(
                    "rapport-cli", "--db is empty; give the database file (is a shell variable "
                                   "unset?). Leave --db out to use the desktop database"));
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            QTextStream(stdout) << toolUsage(commands);
            return cli::ExitSuccess;
        } else if (option == QLatin1String("--version")) {
            QTextStream(stdout) << QStringLiteral("rapport-cli %1\n").arg(QStringLiteral(RAPPORT_VERSION));
            return cli::ExitSuccess;
        } else {
            return usageError(QCoreApplication::translate("rapport-cli", "unknown option '%1'").arg(option));
        }
    }
    if (args.isEmpty())
        return usageError(QCoreApplication::translate("rapport-cli", "no command given"));

    const QString name = args.takeFirst();
    for (const auto& command : commands) {
        if (command->name() == name) {
            // RAPPORT_NOW (an ISO 8601 instant) fixes "now", so that figures that depend on
            // the moment (a running goal's progress) can be compared between runs and engines.
            const QDateTime fixedNow =
                QDateTime::fromString(qEnvironmentVariable("RAPPORT_NOW"), Qt::ISODate).toUTC();
            const core::FixedClock fixedClock(fixedNow);
            cli::CliContext context(dbPath.value_or(core::AppPaths::defaultDatabasePath()),
                                    fixedNow.isValid() ? static_cast<const core::Clock&>(fixedClock)
                                                       : core::SystemClock::instance());
            const int code = command->run(context, args);
            context.out().flush();
            core::Logging::shutdown();
            return code;
        }
    }
    return usageError(QCoreApplication::translate("rapport-cli", "unknown command '%1'").arg(name));
}
