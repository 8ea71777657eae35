#include "TrendCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"

#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(TrendCommand, 60)

int TrendCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("METRIC"), tr("a metric key, e.g. csat, revenue, retention_rate"));
    parser.setPositionalCount(1, 1);
    parser.addValueOption(QStringLiteral("from"), tr("the first period (its start is the trend's start)"),
                          QStringLiteral("P"));
    parser.addValueOption(QStringLiteral("to"), tr("the last period (included)"), QStringLiteral("P"));
    parser.addValueOption(QStringLiteral("by"), tr("month (default) or quarter"), QStringLiteral("STEP"),
                          QStringLiteral("month"));
    MetricsCliSupport::addScopeOptions(parser);
    parser.addValueOption(QStringLiteral("format"), tr("table (default), json or csv"),
                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    if (auto done = parser.parse(context, args))
        return *done;

    const QString metric = parser.positional().first();
    if (!core::MetricsEngine::isScalarKey(metric))
        return parser.usageError(
            context, tr("'%1' is not a metric with one value per period; one of: %2")
                         .arg(metric, core::MetricsEngine::scalarKeys().join(QStringLiteral(", "))));
    int code = ExitUsage;
    const auto from = MetricsCliSupport::period(parser, context, QStringLiteral("from"), code);
    if (!from)
        return code;
    const auto to = MetricsCliSupport::period(parser, context, QStringLiteral("to"), code);
    if (!to)
        return code;
    if (to->endSeconds() <= from->startSeconds())
        return parser.usageError(
            context, tr("--to (%1) must not end before --from (%2) starts").arg(to->label(), from->label()));
    const QString by = parser.value(QStringLiteral("by"));
    if (by != QLatin1String("month") && by != QLatin1String("quarter"))
        return parser.usageError(context, tr("--by must be month or quarter, not '%1'").arg(by));
    const auto step =
        by == QLatin1String("quarter") ? core::Period::Step::Quarter : core::Period::Step::Month;
    if (core::Status s = core::MetricsEngine::checkTrendRange(*from, *to, step); !s)
        return parser.usageError(context, s.error().message);
    const auto scope = MetricsCliSupport::scope(parser, context, code);
    if (!scope)
        return code;
    const auto format = MetricsCliSupport::format(
        parser, context, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}, code);
    if (!format)
        return code;

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    if (auto refused = MetricsCliSupport::checkScope(parser, context, *db, *scope))
        return *refused;
    core::MetricsEngine engine(*db, context.clock());
    auto trend = engine.trend(metric, *from, *to, step, *scope);
    if (!trend)
        return context.fail(trend.error().message, ExitFailure);

    if (*format == QLatin1String("json")) {
        context.out() << MetricsCliSupport::json(core::MetricsJson::trend(*trend));
    } else if (*format == QLatin1String("csv")) {
        // Numbers as in JSON (unrounded, money in currency units); an empty cell for no data.
        context.out() << QStringLiteral("period,start,end,value\n");
        for (const auto& p : trend->points) {
            context.out() << p.period.label() << ',' << core::MetricsJson::instant(p.period.start()) << ','
                          << core::MetricsJson::instant(p.period.end()) << ','
                          << (p.value ? QString::number(*p.value, 'g', QLocale::FloatingPointShortest)
                                      : QString())
                          << '\n';
        }
    } else {
        const QString currency = MetricsCliSupport::currency(context, *db);
        std::vector<QStringList> rows;
        for (const auto& p : trend->points)
            rows.push_back({p.period.label(), MetricsCliSupport::display(metric, p.value, currency)});
        context.out() << tr("%1 by %2, scope %3\n\n").arg(metric, by, scope->describe())
                      << MetricsCliSupport::table({by, metric}, rows);
    }
    return ExitSuccess;
}

} // namespace rapport::cli
