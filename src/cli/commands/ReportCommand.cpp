#include "ReportCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "MetricsCliSupport.h"
#include "ReportFileWriter.h"
#include "TerminalText.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ReportCollector.h"

#include <QLocale>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(ReportCommand, 90)

int ReportCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    MetricsCliSupport::addPeriodOption(parser);
    MetricsCliSupport::addScopeOptions(parser);
    parser.addValueOption(QStringLiteral("out"), tr("the report file: .pdf or .html"),
                          QStringLiteral("FILE"));
    if (auto done = parser.parse(context, args))
        return *done;
    int code = ExitUsage;
    const auto period = MetricsCliSupport::period(parser, context, QStringLiteral("period"), code);
    if (!period)
        return code;
    const auto scope = MetricsCliSupport::scope(parser, context, code);
    if (!scope)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (!render::ReportFileWriter::isPdfPath(out) && !render::ReportFileWriter::isHtmlPath(out))
        return parser.usageError(context, tr("report: --out must name a .pdf or .html file"));

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    if (auto refused = MetricsCliSupport::checkScope(parser, context, *db, *scope))
        return *refused;
    if (core::Status own =
            core::DatabaseAccess::refuseOwnFile(*db, out, QStringLiteral("written as the report"));
        !own)
        return context.fail(own.error().message, ExitFailure);
    core::MetricsEngine engine(*db, context.clock());
    auto data = core::ReportCollector(*db, engine).collect(*period, *scope);
    if (!data)
        return context.fail(data.error().message, ExitFailure);
    data->locale = QLocale(); // the reader's (LANG, LC_ALL)
    const core::Status written = render::ReportFileWriter::write(*data, out);
    if (!written)
        return context.fail(written.error().message, ExitFailure);
    QTextStream& summary = context.summary(out);
    summary << tr("Wrote the %1 report for %2 to %3 (%Ln finding(s)).\n", nullptr,
                  static_cast<int>(data->findings.size()))
                   .arg(period->label(), scope->describe(), out);
    for (const core::Finding& f : data->findings)
        summary
            << QStringLiteral("  [%1] %2\n").arg(core::toString(f.severity), TerminalText::escaped(f.title));
    summary.flush();
    return ExitSuccess;
}

} // namespace rapport::cli
