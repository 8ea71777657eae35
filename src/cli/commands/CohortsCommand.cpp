#include "CohortsCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(CohortsCommand, 70)

namespace {

std::optional<core::Period> monthOption(const ArgumentParser& parser, CliContext& context,
                                        const QString& name, int& code)
{
    auto p = MetricsCliSupport::period(parser, context, name, code);
    if (!p)
        return std::nullopt;
    if (p->kind() != core::Period::Kind::Month) {
        code = parser.usageError(
            context, QCoreApplication::translate("rapport-cli", "--%1 must be a month (YYYY-MM), not '%2'")
                         .arg(name, parser.value(name)));
        return std::nullopt;
    }
    return p;
}

} // namespace

int CohortsCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addValueOption(QStringLiteral("from"), tr("the first cohort month"), QStringLiteral("YYYY-MM"));
    parser.addValueOption(QStringLiteral("to"), tr("the last cohort month (included)"),
                          QStringLiteral("YYYY-MM"));
    parser.addValueOption(QStringLiteral("format"), tr("table (default), json or csv"),
                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    if (auto done = parser.parse(context, args))
        return *done;
    int code = ExitUsage;
    const auto from = monthOption(parser, context, QStringLiteral("from"), code);
    if (!from)
        return code;
    const auto to = monthOption(parser, context, QStringLiteral("to"), code);
    if (!to)
        return code;
    if (to->startSeconds() < from->startSeconds())
        return parser.usageError(context,
                                 tr("--to (%1) comes before --from (%2)").arg(to->label(), from->label()));
    if (core::Status s = core::MetricsEngine::checkCohortRange(*from, *to); !s)
        return parser.usageError(context, s.error().message);
    const auto format = MetricsCliSupport::format(
        parser, context, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}, code);
    if (!format)
        return code;

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    core::MetricsEngine engine(*db, context.clock());
    auto table = engine.cohorts(*from, *to);
    if (!table)
        return context.fail(table.error().message, ExitFailure);

    if (*format == QLatin1String("json")) {
        context.out() << MetricsCliSupport::json(core::MetricsJson::cohorts(*table));
        return ExitSuccess;
    }
    std::size_t offsets = 0;
    for (const auto& row : table->rows)
        offsets = std::max(offsets, row.retention.size());
    QStringList header{QStringLiteral("cohort"), QStringLiteral("size")};
    for (std::size_t k = 0; k < offsets; ++k)
        header << QStringLiteral("m%1").arg(k);
    if (*format == QLatin1String("csv")) {
        // Cells past a cohort's last month with data stay empty, as do empty cohorts' cells.
        context.out() << header.join(QLatin1Char(',')) << '\n';
        for (const auto& row : table->rows) {
            QStringList cells{row.month.label(), QString::number(row.size)};
            for (std::size_t k = 0; k < offsets; ++k) {
                const bool has = k < row.retention.size() && row.retention[k];
                cells << (has ? QString::number(*row.retention[k], 'g', QLocale::FloatingPointShortest)
                              : QString());
            }
            context.out() << cells.join(QLatin1Char(',')) << '\n';
        }
        return ExitSuccess;
    }
    const QLocale locale; // the system's: the table is for people
    std::vector<QStringList> rows;
    for (const auto& row : table->rows) {
        QStringList cells{row.month.label(), locale.toString(row.size)};
        for (std::size_t k = 0; k < row.retention.size(); ++k)
            cells << (row.retention[k] ? locale.toString(*row.retention[k], 'f', 1) : QStringLiteral("-"));
        rows.push_back(cells);
    }
    context.out() << tr("Cohort retention (%) by month of first purchase; m0 = the cohort's month%1\n\n")
                         .arg(table->lastDataMonth ? tr(", data up to %1").arg(table->lastDataMonth->label())
                                                   : tr(", no purchases yet"))
                  << MetricsCliSupport::table(header, rows);
    return ExitSuccess;
}

} // namespace rapport::cli
