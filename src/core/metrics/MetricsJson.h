#pragma once

#include "metrics/GoalEvaluator.h"
#include "metrics/MetricsEngine.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rapport::core {

// The JSON shapes of interchange.md for the metrics engine's answers: money in currency
// units, ratios unrounded, empty values null, instants ISO 8601 UTC.
class MetricsJson
{
public:
    // Every key of metrics.md plus "period": {start, end} and "scope": {kind, value}.
    static QJsonObject result(const MetricsResult& r);
    // {"metric", "by", "points": [{"period", "start", "end", "value"}]}
    static QJsonObject trend(const Trend& t);
    // {"cohorts": {"YYYY-MM": {"size": n, "retention": [100, r1, ...]}}}
    static QJsonObject cohorts(const CohortTable& table);
    // One goal with its progress (the shape of `goals --format json`'s entries).
    static QJsonObject goal(const GoalProgress& p);

    static QJsonValue number(const std::optional<double>& v); // null when empty
    static QJsonObject period(const Period& p);               // {start, end}
    static QJsonObject scope(const Scope& s);                 // {kind, value|null}
    static QString instant(const QDateTime& t);               // 2026-07-01T00:00:00Z
};

} // namespace rapport::core
