#include "InitCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/Currency.h"
#include "services/BookSettingsService.h"

#include <QFileInfo>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(InitCommand, 10)

int InitCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addValueOption(QStringLiteral("currency"),
                          tr("the book's currency, an ISO 4217 code such as EUR or USD (also "
                             "changes it on an existing database)"),
                          QStringLiteral("CODE"));
    if (auto done = parser.parse(context, args))
        return *done;
    const QString currency = parser.value(QStringLiteral("currency"));
    if (parser.isSet(QStringLiteral("currency"))) {
        if (core::Status valid = core::Currency::validate(currency); !valid)
            return parser.usageError(context, tr("init: --currency: %1").arg(valid.error().message));
    }
    const bool existed = QFileInfo::exists(context.databasePath());
    auto db = context.openDatabase(core::DatabaseOpenMode::CreateIfMissing, false);
    if (!db)
        return ExitFailure;
    context.out() << (existed ? tr("%1 is already a Rapport database (schema %2).\n")
                              : tr("Created %1 (schema %2).\n"))
                         .arg(core::DatabaseAccess::path(*db))
                         .arg(core::DatabaseAccess::schemaVersion(*db));
    core::BookSettingsService settings(*db);
    if (!currency.isEmpty()) {
        if (core::Status s = settings.setCurrency(currency); !s)
            return context.fail(s.error().message, ExitFailure);
        context.out() << tr("Currency: %1.\n").arg(currency);
        return ExitSuccess;
    }
    auto stored = settings.currency();
    if (stored && stored->isEmpty())
        // Never guessed: a wrong symbol on a team's figures misleads more than none.
        context.out() << tr("No currency yet: amounts are shown without a symbol until one is "
                            "set with --currency CODE.\n");
    return ExitSuccess;
}

} // namespace rapport::cli
