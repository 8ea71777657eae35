#pragma once

#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {
class Database;
}

namespace rapport::cli {

class ArgumentParser;
class CliContext;

// What the metrics, trend, cohorts and goals commands share: the scope options, the
// --format check, period parsing as usage errors and plain-text tables for people.
class MetricsCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCliSupport)

public:
    static void addScopeOptions(ArgumentParser& parser);
    // --period P, with the period forms of metrics.md in its help.
    static void addPeriodOption(ArgumentParser& parser);
    // The scope named by --rep / --segment, or the usage exit code (both given).
    static std::optional<core::Scope> scope(const ArgumentParser& parser, CliContext& context, int& exitCode);
    // Once the database is open: std::nullopt when the scope names a rep or a segment it
    // knows, otherwise the exit code of a usage error listing the known ones (a typo would
    // otherwise print zeros), or of a failure reading them.
    static std::optional<int> checkScope(const ArgumentParser& parser, CliContext& context,
                                         core::Database& db, const core::Scope& scope);
    // The --format value if it is one of `allowed`, else prints a usage error and sets exitCode.
    static std::optional<QString> format(const ArgumentParser& parser, CliContext& context,
                                         const QStringList& allowed, int& exitCode);
    // Parses option `name` as a period, or prints a usage error and sets exitCode.
    static std::optional<core::Period> period(const ArgumentParser& parser, CliContext& context,
                                              const QString& name, int& exitCode);

    // One period's figures for a scope (metrics, products, churn): --period, --rep |
    // --segment and --format table|json.
    struct PeriodQuery
    {
        core::Period period;
        core::Scope scope;
        QString format;
    };
    static void addPeriodQueryOptions(ArgumentParser& parser);
    // The options as read after parse(), or nothing with the usage exit code in `exitCode`.
    static std::optional<PeriodQuery> periodQuery(const ArgumentParser& parser, CliContext& context,
                                                  int& exitCode);

    // A figure for people in the system's locale, by its unit in the MetricCatalogue: money
    // with 2 decimals and the symbol of `currency` (none when empty), counts whole, the rest
    // with 1; "-" when empty.
    static QString display(const QString& key, const std::optional<double>& value,
                           const QString& currency = {});
    // The book's currency code, empty when it has none (or, with a warning, is unreadable).
    static QString currency(CliContext& context, core::Database& db);
    // "Money in EUR", or how a book without a currency shows money: for table footers.
    static QString moneyNote(const QString& currency);
    // Columns padded to their widest cell; the first column left-aligned, the others right.
    // Control characters in cells are escaped (TerminalText).
    static QString table(const QStringList& header, const std::vector<QStringList>& rows);
    static QString json(const QJsonObject& object); // indented, with a final newline
    static QString csvField(const QString& text);

private:
    static QString alignedTable(const QStringList& header, const std::vector<QStringList>& rows);
};

} // namespace rapport::cli
