#include "MetricsCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"

#include <set>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(MetricsCommand, 50)

int MetricsCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    MetricsCliSupport::addPeriodQueryOptions(parser);
    if (auto done = parser.parse(context, args))
        return *done;
    int code = ExitUsage;
    const auto query = MetricsCliSupport::periodQuery(parser, context, code);
    if (!query)
        return code;
    const auto& [period, scope, format] = *query;

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    if (auto refused = MetricsCliSupport::checkScope(parser, context, *db, scope))
        return *refused;
    core::MetricsEngine engine(*db, context.clock());

    if (format == QLatin1String("json")) {
        auto result = engine.compute(period, scope);
        if (!result)
            return context.fail(result.error().message, ExitFailure);
        context.out() << MetricsCliSupport::json(core::MetricsJson::result(*result));
        return ExitSuccess;
    }

    auto cmp = engine.compare(period, scope);
    if (!cmp)
        return context.fail(cmp.error().message, ExitFailure);
    // One row per scalar figure; responses and categories expand into sub-keys.
    QStringList rowKeys;
    for (const QString& key : core::MetricsEngine::keys()) {
        if (key == QLatin1String("responses")) {
            for (const auto& [kind, n] : cmp->current.responses)
                rowKeys << QStringLiteral("responses.") + kind;
        } else if (key == QLatin1String("complaints_by_category")) {
            std::set<QString> categories;
            for (const auto& [c, n] : cmp->current.complaintsByCategory)
                categories.insert(c);
            for (const auto& [c, n] : cmp->previous.complaintsByCategory)
                categories.insert(c);
            for (const QString& c : categories)
                rowKeys << QStringLiteral("complaints_by_category.") + c;
        } else {
            rowKeys << key;
        }
    }
    const QString currency = MetricsCliSupport::currency(context, *db);
    std::vector<QStringList> rows;
    for (const QString& key : rowKeys) {
        const auto change = cmp->change(key);
        QString changeText = MetricsCliSupport::display(key, change, currency);
        if (change && *change > 0)
            changeText.prepend(QLatin1Char('+'));
        rows.push_back({key, MetricsCliSupport::display(key, cmp->current.value(key), currency),
                        MetricsCliSupport::display(key, cmp->previous.value(key), currency), changeText});
    }
    context.out()
        << tr("Period %1 [%2, %3), scope %4\n\n")
               .arg(period.label(), core::MetricsJson::instant(period.start()),
                    core::MetricsJson::instant(period.end()), scope.describe())
        << MetricsCliSupport::table(
               {tr("metric"), period.label(), cmp->previous.period.label(), tr("change")}, rows)
        << tr("\n%1; rates in percent; '-' means no data.\n").arg(MetricsCliSupport::moneyNote(currency));
    return ExitSuccess;
}

} // namespace rapport::cli
