#include "ProductsCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "common/Currency.h"
#include "metrics/MetricsJson.h"
#include "metrics/ProductFigures.h"

#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(ProductsCommand, 72)

namespace {

// The cells of one line, in the system's locale (the table is for people).
QStringList cells(const QString& id, const QString& name, const core::ProductLine& line,
                  const QString& currency)
{
    const QLocale locale;
    const auto per100 = line.complaintsPer100Purchases();
    return {id,
            name,
            locale.toString(line.purchases),
            locale.toString(line.buyers),
            core::Currency::formatCents(line.revenueCents, currency, locale),
            locale.toString(line.refunds),
            locale.toString(line.complaints),
            per100 ? locale.toString(*per100, 'f', 1) : QStringLiteral("-"),
            locale.toString(line.support)};
}

} // namespace

int ProductsCommand::run(CliContext& context, const QStringList& args)
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
    auto figures = core::ProductFigures::compute(*db, period, scope);
    if (!figures)
        return context.fail(figures.error().message, ExitFailure);

    if (format == QLatin1String("json")) {
        context.out() << MetricsCliSupport::json(figures->toJson());
        return ExitSuccess;
    }

    const QString currency = MetricsCliSupport::currency(context, *db);
    std::vector<QStringList> rows;
    for (const core::ProductFigures::Product& p : figures->products) {
        // A retired product is still listed (its history counts), marked as such.
        const QString name = p.active ? p.name : tr("%1 (retired)").arg(p.name);
        rows.push_back(cells(p.externalId, name, p.figures, currency));
    }
    rows.push_back(cells(QStringLiteral("unassigned"), tr("(no product)"), figures->unassigned, currency));
    context.out() << tr("Products in period %1 [%2, %3), scope %4\n\n")
                         .arg(period.label(), core::MetricsJson::instant(period.start()),
                              core::MetricsJson::instant(period.end()), scope.describe())
                  << MetricsCliSupport::table({tr("product"), tr("name"), tr("purchases"), tr("buyers"),
                                               tr("revenue"), tr("refunds"), tr("complaints"),
                                               tr("per 100 purchases"), tr("support")},
                                              rows)
                  << tr("\n%1; revenue includes refunds; '-' means no purchases.\n")
                         .arg(MetricsCliSupport::moneyNote(currency));
    return ExitSuccess;
}

} // namespace rapport::cli
