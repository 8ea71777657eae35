#include "MetricsCliSupport.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "Command.h"
#include "TerminalText.h"
#include "common/Currency.h"
#include "metrics/MetricCatalogue.h"
#include "services/BookSettingsService.h"
#include "services/CustomerService.h"
#include "services/DatabaseAccess.h"
#include "services/RepService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace rapport::cli {

void MetricsCliSupport::addScopeOptions(ArgumentParser& parser)
{
    parser.addValueOption(QStringLiteral("rep"), tr("only the customers owned by rep ID"),
                          QStringLiteral("ID"));
    parser.addValueOption(QStringLiteral("segment"), tr("only the customers of segment NAME"),
                          QStringLiteral("NAME"));
}

void MetricsCliSupport::addPeriodOption(ArgumentParser& parser)
{
    parser.addValueOption(QStringLiteral("period"),
                          tr("2026, 2026-Q3, 2026-09 or 2026-07-01..2026-10-01 (end excluded)"),
                          QStringLiteral("P"));
}

void MetricsCliSupport::addPeriodQueryOptions(ArgumentParser& parser)
{
    addPeriodOption(parser);
    addScopeOptions(parser);
    parser.addValueOption(QStringLiteral("format"), tr("table (default) or json"), QStringLiteral("FORMAT"),
                          QStringLiteral("table"));
}

std::optional<MetricsCliSupport::PeriodQuery>
MetricsCliSupport::periodQuery(const ArgumentParser& parser, CliContext& context, int& exitCode)
{
    const auto p = period(parser, context, QStringLiteral("period"), exitCode);
    if (!p)
        return std::nullopt;
    const auto s = scope(parser, context, exitCode);
    if (!s)
        return std::nullopt;
    const auto f = format(parser, context, {QStringLiteral("table"), QStringLiteral("json")}, exitCode);
    if (!f)
        return std::nullopt;
    return PeriodQuery{*p, *s, *f};
}

std::optional<core::Scope> MetricsCliSupport::scope(const ArgumentParser& parser, CliContext& context,
                                                    int& exitCode)
{
    const bool rep = parser.isSet(QStringLiteral("rep"));
    const bool segment = parser.isSet(QStringLiteral("segment"));
    if (rep && segment) {
        exitCode = parser.usageError(context, tr("give --rep or --segment, not both"));
        return std::nullopt;
    }
    if (rep)
        return core::Scope::rep(parser.value(QStringLiteral("rep")));
    if (segment)
        return core::Scope::segment(parser.value(QStringLiteral("segment")));
    return core::Scope::all();
}

namespace {

// "a, b, c" or, past `shown` values, the first ones and how many more.
QString someOf(const QStringList& values, qsizetype shown = 20)
{
    if (values.isEmpty())
        return QCoreApplication::translate("rapport-cli", "none");
    if (values.size() <= shown)
        return values.join(QStringLiteral(", "));
    return QCoreApplication::translate("rapport-cli", "%1 and %2 more")
        .arg(values.first(shown).join(QStringLiteral(", ")))
        .arg(values.size() - shown);
}

} // namespace

std::optional<int> MetricsCliSupport::checkScope(const ArgumentParser& parser, CliContext& context,
                                                 core::Database& db, const core::Scope& scope)
{
    if (scope.kind == core::Scope::Kind::All)
        return std::nullopt;
    const bool rep = scope.kind == core::Scope::Kind::Rep;
    QStringList known;
    if (rep) {
        auto reps = core::RepService(db).list();
        if (!reps)
            return context.fail(reps.error().message, ExitFailure);
        for (const core::Rep& r : *reps)
            known << r.id;
        known.sort();
    } else {
        auto segments = core::CustomerService(db).segments();
        if (!segments)
            return context.fail(segments.error().message, ExitFailure);
        known = *segments;
    }
    if (known.contains(scope.value))
        return std::nullopt;
    return parser.usageError(context, tr("--%1 '%2': there is no such %3 in %4; the %5s are: %6")
                                          .arg(scope.kindName(), TerminalText::escaped(scope.value),
                                               scope.kindName(), core::DatabaseAccess::path(db),
                                               scope.kindName(), TerminalText::escaped(someOf(known))));
}

std::optional<QString> MetricsCliSupport::format(const ArgumentParser& parser, CliContext& context,
                                                 const QStringList& allowed, int& exitCode)
{
    const QString value = parser.value(QStringLiteral("format"));
    if (allowed.contains(value))
        return value;
    exitCode = parser.usageError(
        context, tr("--format must be %1, not '%2'").arg(allowed.join(QLatin1Char('|')), value));
    return std::nullopt;
}

std::optional<core::Period> MetricsCliSupport::period(const ArgumentParser& parser, CliContext& context,
                                                      const QString& name, int& exitCode)
{
    if (!parser.isSet(name)) {
        exitCode = parser.usageError(context, tr("--%1 is required").arg(name));
        return std::nullopt;
    }
    auto p = core::Period::parse(parser.value(name));
    if (!p) {
        exitCode = parser.usageError(context, QStringLiteral("--%1: %2").arg(name, p.error().message));
        return std::nullopt;
    }
    return *p;
}

QString MetricsCliSupport::display(const QString& key, const std::optional<double>& value,
                                   const QString& currency)
{
    if (!value)
        return QStringLiteral("-");
    // QLocale() is the system's locale here (LANG, LC_ALL): tables are for people.
    const QLocale locale;
    if (core::MetricCatalogue::isMoney(key))
        return core::Currency::format(*value, currency, locale);
    return locale.toString(*value, 'f', core::MetricCatalogue::isCount(key) ? 0 : 1);
}

QString MetricsCliSupport::currency(CliContext& context, core::Database& db)
{
    auto code = core::BookSettingsService(db).currency();
    if (code)
        return *code;
    // Amounts without a symbol are still right; the reason goes to stderr.
    context.err() << tr("warning: %1\n").arg(code.error().message);
    return {};
}

QString MetricsCliSupport::moneyNote(const QString& currency)
{
    if (currency.isEmpty())
        return tr("Money without a symbol: this book has no currency yet "
                  "(set one with: rapport-cli init --currency CODE)");
    return tr("Money in %1").arg(currency);
}

QString MetricsCliSupport::table(const QStringList& header, const std::vector<QStringList>& rows)
{
    const auto escapedCells = [](const QStringList& cells) {
        QStringList out;
        for (const QString& cell : cells)
            out << TerminalText::escaped(cell);
        return out;
    };
    std::vector<QStringList> escapedRows;
    escapedRows.reserve(rows.size());
    for (const QStringList& r : rows)
        escapedRows.push_back(escapedCells(r));
    return alignedTable(escapedCells(header), escapedRows);
}

QString MetricsCliSupport::alignedTable(const QStringList& header, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(header.size()), 0);
    auto measure = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size() && i < header.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], cells[i].size());
    };
    measure(header);
    for (const QStringList& r : rows)
        measure(r);
    auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const int w = static_cast<int>(widths[static_cast<std::size_t>(i)]);
            if (i > 0)
                out += QStringLiteral("  ");
            out += i == 0 ? cell.leftJustified(w) : cell.rightJustified(w);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList& r : rows)
        text += line(r);
    return text;
}

QString MetricsCliSupport::json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString MetricsCliSupport::csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace rapport::cli
