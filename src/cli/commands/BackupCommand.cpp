#include "BackupCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(BackupCommand, 100)

int BackupCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("FILE"), tr("where to write the copy (must not exist)"));
    parser.setPositionalCount(1, 1);
    if (auto done = parser.parse(context, args))
        return *done;
    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    const QString target = parser.positional().first();
    if (core::Status s = core::DatabaseAccess::backupTo(*db, target); !s)
        return context.fail(s.error().message, ExitFailure);
    context.out() << tr("Backed up %1 to %2.\n").arg(core::DatabaseAccess::path(*db), target);
    return ExitSuccess;
}

} // namespace rapport::cli
