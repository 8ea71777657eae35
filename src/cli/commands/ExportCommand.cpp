#include "ExportCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "interchange/CsvExporter.h"

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(ExportCommand, 40)

int ExportCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("KIND"),
                         tr("what to export: reps, products, customers, interactions or surveys"));
    parser.addPositional(QStringLiteral("FILE.csv"),
                         tr("where to write: a file (replaced if it exists; readable by you only), "
                            "a pipe or /dev/stdout"));
    parser.addFlag(QStringLiteral("bom"),
                   tr("start the file with a UTF-8 byte-order mark, for spreadsheets that need one"));
    parser.setPositionalCount(2, 2);
    if (auto done = parser.parse(context, args))
        return *done;

    const QStringList positional = parser.positional();
    const auto kind = core::csvKindFromString(positional.at(0));
    if (!kind)
        return parser.usageError(context,
                                 tr("export: '%1' is not a kind of record; use reps, products, customers, "
                                    "interactions or surveys")
                                     .arg(positional.at(0)));
    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;

    core::ExportOptions options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    const QString what = tr("Exporting %1").arg(core::toString(*kind));
    options.progress = [&](qint64 done, qint64 total) { context.progress(what, done, total); };
    auto rows = core::CsvExporter(*db).exportFile(*kind, positional.at(1), options);
    context.endProgress();
    if (!rows)
        return context.fail(rows.error().message, ExitFailure);
    context.summary(positional.at(1))
        << tr("Exported %1 %2 to %3.\n").arg(*rows).arg(core::toString(*kind), positional.at(1)) << Qt::flush;
    return ExitSuccess;
}

} // namespace rapport::cli
