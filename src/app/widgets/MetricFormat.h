#pragma once

#include "domain/Scope.h"

#include <QString>
#include <optional>

namespace rapport::core {
class Database;
}

namespace rapport::app {

class DatabaseSession;

// How the screens (dashboard, goals, reflection) name, format and judge a metric key of
// metrics.md: titles, units, decimals and directions from core::MetricCatalogue.
class MetricFormat
{
public:
    static QString title(const QString& key);
    // Whose figures: "Whole team", "Rep ID", "Segment NAME" (never the stored "rep:ID").
    static QString scope(const core::Scope& scope);
    // The same with the rep's name instead of their id ("Rep Finn Brennan").
    static QString scope(const core::Scope& scope, DatabaseSession& session);
    // The same, reading the one rep's name from `db` (dialogs that have no session).
    static QString scope(const core::Scope& scope, core::Database& db);
    // The unit as shown next to a value ("%", "points", "of 7", "per 100 customers"). Money's
    // value carries the book's currency symbol (MoneyText), so its unit is empty, except while
    // the book has no currency: then a bare number would look like a count, and the unit says
    // why there is no symbol.
    static QString unit(const QString& key);
    // A value as MetricsResult::value() gives it (money in currency units, shown with the
    // book's symbol); "—" when empty.
    static QString value(const QString& key, std::optional<double> value);
    // The change against the previous period: points for rates, percent for money.
    static QString change(const QString& key, std::optional<double> current, std::optional<double> previous);
    // true when a rise is good news (CES: higher means easier, so rising is good too).
    static bool higherIsBetter(const QString& key);
    static bool isPercentKey(const QString& key);
};

} // namespace rapport::app
