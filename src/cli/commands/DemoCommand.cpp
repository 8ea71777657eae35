#include "DemoCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/Currency.h"
#include "common/DateText.h"
#include "demo/DemoGenerator.h"
#include "services/BookSetupService.h"

#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(DemoCommand, 20)

int DemoCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addValueOption(QStringLiteral("customers"), tr("number of customers (default 2000)"),
                          QStringLiteral("N"), QStringLiteral("2000"));
    parser.addValueOption(QStringLiteral("seed"), tr("random seed; the same seed gives the same data"),
                          QStringLiteral("S"), QStringLiteral("42"));
    parser.addValueOption(QStringLiteral("until"),
                          tr("last day of the data, today at the latest (default: today, UTC; "
                             "today's data stops at the current time)"),
                          QStringLiteral("YYYY-MM-DD"));
    parser.addValueOption(QStringLiteral("currency"),
                          tr("the book's currency, an ISO 4217 code (default EUR)"), QStringLiteral("CODE"),
                          QStringLiteral("EUR"));
    parser.addFlag(QStringLiteral("if-empty"),
                   tr("do nothing (and succeed) when the database already holds data"));
    if (auto done = parser.parse(context, args))
        return *done;

    core::DemoOptions options;
    bool ok = false;
    options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || options.customers < 1 || options.customers > 10'000'000)
        return parser.usageError(context, tr("demo: --customers must be a whole number from 1 to "
                                             "10000000, not '%1'")
                                              .arg(parser.value(QStringLiteral("customers"))));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return parser.usageError(context, tr("demo: --seed must be a non-negative whole number, not '%1'")
                                              .arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return parser.usageError(context, tr("demo: --until must be a date like 2026-06-30, not '%1'")
                                                  .arg(parser.value(QStringLiteral("until"))));
    }

    const QString currency = parser.value(QStringLiteral("currency"));
    if (core::Status valid = core::Currency::validate(currency); !valid)
        return parser.usageError(context, tr("demo: --currency: %1").arg(valid.error().message));

    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    auto info = core::DatabaseAccess::info(*db);
    if (!info)
        return context.fail(info.error().message, ExitFailure);
    if (info->holdsData()) {
        if (parser.isSet(QStringLiteral("if-empty"))) {
            context.out() << tr("%1 already holds data; no demo data added.\n").arg(info->path);
            return ExitSuccess;
        }
        return context.fail(tr("%1 already holds data: demo data is only written into an empty "
                               "database (use a new --db file, or --if-empty to skip quietly).")
                                .arg(info->path),
                            ExitFailure);
    }

    auto result = core::BookSetupService(*db).fillWithDemo(
        context.clock(), options, currency, [&context](qint64 done, qint64 total) {
            context.progress(tr("Generating demo data"), done, total);
            return true;
        });
    context.endProgress();
    if (!result)
        return context.fail(result.error().message, ExitFailure);

    const core::DemoSummary& s = *result;
    const QLocale locale; // the system's: the summary is for people
    context.out()
        << tr("Demo data written to %1 (seed %2), %3 to %4:\n")
               .arg(info->path)
               .arg(options.seed)
               .arg(core::DateText::date(s.from), core::DateText::date(s.until))
        << tr("  reps:             %1 (including 1 manager)\n").arg(s.reps)
        << tr("  customers:        %1 (%2 churned)\n").arg(s.customers).arg(s.churnedCustomers)
        << tr("  interactions:     %1 (%2 purchases incl. %3 refunds, %4 follow-ups, "
              "%5 complaints of which %6 open)\n")
               .arg(s.interactions)
               .arg(s.purchases)
               .arg(s.refunds)
               .arg(s.followUps)
               .arg(s.complaints)
               .arg(s.openComplaints)
        << tr("  revenue:          %1\n").arg(core::Currency::formatCents(s.revenueCents, currency, locale))
        << tr("  survey responses: %1\n").arg(s.surveyResponses)
        << tr("  KPI goals:        %1\n").arg(s.goals)
        << tr("  follow-up tasks:  %1 (%2 open)\n").arg(s.followUpTasks).arg(s.openFollowUpTasks);
    return ExitSuccess;
}

} // namespace rapport::cli
