#include "InfoCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "storage/DatabaseStats.h"

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(InfoCommand, 200)

int InfoCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    if (auto done = parser.parse(context, args))
        return *done;
    auto db = context.openDatabase(core::Database::OpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    auto stats = core::DatabaseStats::read(*db);
    if (!stats)
        return context.fail(stats.error().message, ExitFailure);
    context.out() << QStringLiteral("database: %1\nschema: %2\nwal: %3\nreps: %4\ncustomers: %5 (%6 active)\n"
                                    "interactions: %7\nsurvey responses: %8\nKPI goals: %9\n")
                         .arg(db->path())
                         .arg(db->schemaVersion())
                         .arg(db->walEnabled() ? QStringLiteral("yes") : QStringLiteral("no"))
                         .arg(stats->reps)
                         .arg(stats->customers)
                         .arg(stats->activeCustomers)
                         .arg(stats->interactions)
                         .arg(stats->surveyResponses)
                         .arg(stats->goals);
    return ExitSuccess;
}

} // namespace rapport::cli
