#pragma once

#include "domain/Scope.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace rapport::core {

class Database;

// A team server's statements for MetricsStore's series. On a file the series read their rows
// one by one and count them in C++ (SQLite would sort them to group them). On a server the
// same rows are counted per period in SQL (one index range per period, or grouped by period)
// and counts come back, so that a year of survey responses or purchases does not cross the
// socket row by row. The rows are MetricsStore's own
// statements (surveyRowsSql() and the others), so both engines count the same rows. (The
// passes that need every row or a customer's order, revenue with paying customers and
// follow-ups, stream on both engines: done in SQL they cost the server more than the rows'
// trip, measured in docs/performance.md. The cohorts come per customer: CohortStore.)
class ServerMetricsSql
{
public:
    // Whether `db` is a team server, whose series MetricsStore reads through these statements.
    static bool groups(const Database& db);

    // The boundaries of a series as the server's bigint[] literal "{b0,b1,...}", bound as :bounds.
    static QByteArray boundsArray(const std::vector<qint64>& boundaries);

    // MetricsStore's rows counted per period of :bounds, each row led by its period's start.
    // The period's start, score, count:
    static QString surveyCountsSql(const Scope& scope);
    // The period's start, the sum of amount_cents (NULL when it leaves 64 bits), purchases:
    static QString revenueSumsSql(const Scope& scope);
    // The customers grouped by the periods of their three instants: each time column becomes
    // the start of its period (the instant before the first boundary for an earlier one, the
    // last boundary for a later one), which MetricsStore buckets as it buckets the instants.
    // acquired_at's, churned_at's and returned_at's periods, count:
    static QString baseCountsSql(const Scope& scope);
};

} // namespace rapport::core
