#include "ImportCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TerminalText.h"
#include "interchange/CsvImporter.h"

#include <QFileInfo>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(ImportCommand, 30)

int ImportCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("KIND"),
                         tr("what the file holds: reps, products, customers, interactions or surveys"));
    parser.addPositional(QStringLiteral("FILE.csv"),
                         tr("the CSV file (UTF-8, a header row naming the columns)"));
    parser.addFlag(QStringLiteral("dry-run"),
                   tr("check the file and report what would change; write nothing"));
    parser.addFlag(QStringLiteral("skip-invalid"),
                   tr("import the valid rows and report the invalid ones, instead of rejecting the file"));
    parser.setPositionalCount(2, 2);
    if (auto done = parser.parse(context, args))
        return *done;

    const QStringList positional = parser.positional();
    const auto kind = core::csvKindFromString(positional.at(0));
    if (!kind)
        return parser.usageError(context,
                                 tr("import: '%1' is not a kind of file; use reps, products, customers, "
                                    "interactions or surveys")
                                     .arg(positional.at(0)));
    const QString path = positional.at(1);
    // Checked before the database is opened, so a typo does not create an empty database.
    const QFileInfo info(path);
    if (!info.exists())
        return context.fail(tr("there is no file %1").arg(path), ExitFailure);
    if (info.isDir())
        return context.fail(tr("%1 is a folder, not a CSV file").arg(path), ExitFailure);

    core::ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    // A dry run writes nothing, not even a new file: against a database that does not exist
    // yet, it checks the file against an empty one in memory.
    core::DatabaseHandle db;
    if (options.dryRun && !QFileInfo::exists(context.databasePath())) {
        auto empty = core::DatabaseAccess::openInMemory();
        if (!empty)
            return context.fail(empty.error().message, ExitFailure);
        db = std::move(empty).value();
        context.err() << tr("rapport-cli: there is no database at %1 yet: checking against an empty "
                            "one, and creating nothing\n")
                             .arg(context.databasePath())
                      << Qt::flush;
    } else {
        db = context.openDatabase();
    }
    if (!db)
        return ExitFailure;

    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const QString what = tr("Importing %1").arg(core::toString(*kind));
    options.progress = [&](qint64 done, qint64 total) { context.progress(what, done, total); };
    core::CsvImporter importer(*db);
    auto result = importer.importFile(*kind, path, options);
    context.endProgress();
    if (!result)
        return context.fail(result.error().message, ExitFailure);
    const core::ImportReport& report = *result;

    for (const QString& warning : report.warnings)
        context.err() << tr("rapport-cli: warning: %1: %2\n").arg(path, TerminalText::escaped(warning));
    if (!report.accepted) {
        context.err() << tr("rapport-cli: %1 was rejected; nothing was written.\n").arg(path)
                      << TerminalText::escapedLines(report.problemsText());
        if (report.fileProblem.isEmpty())
            context.err() << tr("%1 of %2 rows are invalid. Correct them, or use --skip-invalid to "
                                "import only the valid rows.\n")
                                 .arg(report.invalidRows)
                                 .arg(report.rows);
        context.err().flush();
        return ExitRejected;
    }
    if (report.invalidRows > 0) {
        context.err() << tr("rapport-cli: %1: %2 of %3 rows were invalid and skipped:\n")
                             .arg(path)
                             .arg(report.invalidRows)
                             .arg(report.rows)
                      << TerminalText::escapedLines(report.problemsText());
        context.err().flush();
    }
    if (report.dryRun)
        context.out() << tr("Dry run, nothing was written. ");
    context.out() << report.summary() << QStringLiteral(".\n");
    return ExitSuccess;
}

} // namespace rapport::cli
