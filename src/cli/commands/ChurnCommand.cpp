#include "ChurnCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "metrics/ChurnFigures.h"
#include "metrics/MetricsJson.h"

#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(ChurnCommand, 74)

int ChurnCommand::run(CliContext& context, const QStringList& args)
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
    auto figures = core::ChurnFigures::compute(*db, period, scope);
    if (!figures)
        return context.fail(figures.error().message, ExitFailure);

    if (format == QLatin1String("json")) {
        context.out() << MetricsCliSupport::json(figures->toJson());
        return ExitSuccess;
    }

    const QLocale locale; // the system's: the table is for people
    std::vector<QStringList> rows;
    rows.push_back({tr("churned"), locale.toString(figures->churned)});
    // Reason keys are data (price, product_quality), shown as stored.
    for (const auto& [reason, n] : figures->reasons)
        rows.push_back({QStringLiteral("  ") + reason, locale.toString(n)});
    rows.push_back({tr("won back"), locale.toString(figures->wonBack)});
    rows.push_back({tr("win-back rate (%)"), figures->winBackRate
                                                 ? locale.toString(*figures->winBackRate, 'f', 1)
                                                 : QStringLiteral("-")});
    context.out() << tr("Churn in period %1 [%2, %3), scope %4\n\n")
                         .arg(period.label(), core::MetricsJson::instant(period.start()),
                              core::MetricsJson::instant(period.end()), scope.describe())
                  << MetricsCliSupport::table({tr("figure"), period.label()}, rows)
                  << tr("\nWon back: a purchase within %1 days after the churn date, counted as stored "
                        "(a window still open counts the purchases so far); '-' means no churn.\n")
                         .arg(core::ChurnFigures::kWinBackWindowSeconds / 86400);
    return ExitSuccess;
}

} // namespace rapport::cli
