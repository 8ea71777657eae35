#include "InfoCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "services/BookSettingsService.h"

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(InfoCommand, 200)

int InfoCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    if (auto done = parser.parse(context, args))
        return *done;
    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    auto info = core::DatabaseAccess::info(*db);
    if (!info)
        return context.fail(info.error().message, ExitFailure);
    context.out() << tr("database: %1\nschema: %2\nwal: %3\nreps: %4\ncustomers: %5 (%6 active)\n"
                        "interactions: %7\nsurvey responses: %8\nKPI goals: %9\n")
                         .arg(info->server ? info->path + tr(" (a team server, PostgreSQL)") : info->path)
                         .arg(info->schemaVersion)
                         .arg(info->server ? tr("not used (the server keeps its own log)")
                              : info->wal  ? tr("yes")
                                           : tr("no"))
                         .arg(info->reps)
                         .arg(info->customers)
                         .arg(info->activeCustomers)
                         .arg(info->interactions)
                         .arg(info->surveyResponses)
                         .arg(info->goals);
    auto currency = core::BookSettingsService(*db).currency();
    if (!currency)
        return context.fail(currency.error().message, ExitFailure);
    context.out() << tr("currency: %1\n")
                         .arg(currency->isEmpty() ? tr("none (amounts are shown without a symbol; "
                                                       "set one with init --currency CODE)")
                                                  : *currency);
    return ExitSuccess;
}

} // namespace rapport::cli
