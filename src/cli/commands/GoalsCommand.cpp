#include "GoalsCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "common/Clock.h"
#include "metrics/GoalEvaluator.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "services/GoalService.h"

#include <QJsonArray>
#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(GoalsCommand, 80)

int GoalsCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addValueOption(QStringLiteral("period"), tr("only goals whose period overlaps P"),
                          QStringLiteral("P"));
    parser.addValueOption(QStringLiteral("format"), tr("table (default) or json"), QStringLiteral("FORMAT"),
                          QStringLiteral("table"));
    if (auto done = parser.parse(context, args))
        return *done;
    int code = ExitUsage;
    std::optional<core::Period> period;
    if (parser.isSet(QStringLiteral("period"))) {
        period = MetricsCliSupport::period(parser, context, QStringLiteral("period"), code);
        if (!period)
            return code;
    }
    const auto format =
        MetricsCliSupport::format(parser, context, {QStringLiteral("table"), QStringLiteral("json")}, code);
    if (!format)
        return code;

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    core::GoalService service(*db);
    auto goals = period ? service.overlapping(period->start(), period->end()) : service.list();
    if (!goals)
        return context.fail(goals.error().message, ExitFailure);
    core::MetricsEngine engine(*db, context.clock());
    core::GoalEvaluator evaluator(engine);
    std::vector<core::GoalProgress> progress;
    // A goal that cannot be evaluated (say, a metric key from a newer version) is reported
    // and skipped, so it does not hide the others; the exit status then says so.
    int exitCode = ExitSuccess;
    for (const core::KpiGoal& goal : *goals) {
        auto p = evaluator.evaluate(goal);
        if (!p) {
            exitCode = context.fail(tr("goal %1: %2").arg(goal.id).arg(p.error().message), ExitFailure);
            continue;
        }
        progress.push_back(std::move(*p));
    }

    if (*format == QLatin1String("json")) {
        QJsonArray list;
        for (const auto& p : progress)
            list.append(core::MetricsJson::goal(p));
        context.out() << MetricsCliSupport::json(
            QJsonObject{{QStringLiteral("now"), core::MetricsJson::instant(context.clock().nowUtc())},
                        {QStringLiteral("goals"), list}});
        return exitCode;
    }
    if (progress.empty()) {
        context.out() << tr("No goals%1.\n").arg(period ? tr(" in ") + period->label() : QString());
        return exitCode;
    }
    const QString currency = MetricsCliSupport::currency(context, *db);
    std::vector<QStringList> rows;
    for (const auto& p : progress) {
        const QString& key = p.goal.metric;
        rows.push_back(
            {p.goal.name, key, p.goal.scope.describe(), p.period.label(),
             p.goal.direction + QLatin1Char(' ') + MetricsCliSupport::display(key, p.goal.target, currency),
             MetricsCliSupport::display(key, p.current, currency),
             MetricsCliSupport::display(key, p.projected, currency),
             QLocale().toString(100.0 * p.elapsedFraction, 'f', 0) + QLatin1Char('%'),
             core::toString(p.status)});
    }
    context.out() << MetricsCliSupport::table({tr("goal"), tr("metric"), tr("scope"), tr("period"),
                                               tr("target"), tr("value"), tr("projected"), tr("elapsed"),
                                               tr("status")},
                                              rows);
    return exitCode;
}

} // namespace rapport::cli
