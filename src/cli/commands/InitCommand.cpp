#include "InitCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"

#include <QFileInfo>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(InitCommand, 10)

int InitCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    if (auto done = parser.parse(context, args))
        return *done;
    const bool existed = QFileInfo::exists(context.databasePath());
    auto db = context.openDatabase(core::DatabaseOpenMode::CreateIfMissing, false);
    if (!db)
        return ExitFailure;
    context.out() << (existed ? QStringLiteral("%1 is already a Rapport database (schema %2).\n")
                              : QStringLiteral("Created %1 (schema %2).\n"))
                         .arg(core::DatabaseAccess::path(*db))
                         .arg(core::DatabaseAccess::schemaVersion(*db));
    return ExitSuccess;
}

} // namespace rapport::cli
