#include "CopyToCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "services/DatabaseAccess.h"

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(CopyToCommand, 105)

int CopyToCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("TARGET"),
                         tr("a file that does not exist yet, or a postgresql:// URI of an empty "
                            "database"));
    parser.setPositionalCount(1, 1);
    if (auto done = parser.parse(context, args))
        return *done;
    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    const QString target = parser.positional().first();
    const core::Status s = core::DatabaseAccess::copyTo(*db, target, [&context](qint64 done, qint64 total) {
        context.progress(tr("copying"), done, total);
        return true;
    });
    context.endProgress();
    if (!s)
        return context.fail(s.error().message, ExitFailure);
    context.out() << tr("Copied %1 to %2.\n")
                         .arg(core::DatabaseAccess::path(*db),
                              core::DatabaseAccess::isServerAddress(target) ? tr("the team server") : target);
    return ExitSuccess;
}

} // namespace rapport::cli
