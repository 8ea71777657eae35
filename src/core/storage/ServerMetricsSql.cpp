#include "storage/ServerMetricsSql.h"

#include "storage/Database.h"
#include "storage/MetricsStore.h"
#include "storage/SqlDialect.h"

#include <QRegularExpression>
#include <QStringList>

namespace rapport::core {
namespace {

// Server SQL: the start of the period of :bounds that holds `column`, the instant before the
// first boundary for an earlier one, the last boundary for one at or after it, NULL for NULL.
// bucketOf() and the comparisons with boundaries read these as they read the column itself.
QString periodStartOf(const QString& column)
{
    return QStringLiteral("CASE WHEN %1 < b.a[1] THEN b.a[1] - 1 ELSE b.a[width_bucket(%1, b.a)] END")
        .arg(column);
}

// Server SQL: `select` over the rows of `rows` (as r) and the boundaries (b.a), grouped by its
// first `keys` columns.
QString groupedByPeriod(const QString& select, const QString& rows, int keys)
{
    QStringList groupBy;
    for (int k = 1; k <= keys; ++k)
        groupBy << QString::number(k);
    return QStringLiteral("SELECT %1 FROM (%2) r CROSS JOIN (SELECT CAST(:bounds AS bigint[]) AS a) b"
                          " GROUP BY %3")
        .arg(select, rows, groupBy.join(QStringLiteral(", ")));
}

// Server SQL: the sum of a bigint column as a bigint, NULL when it leaves 64 bits (the sum
// itself is exact: numeric).
QString checkedSum(const QString& column)
{
    return QStringLiteral(
               "CASE WHEN COALESCE(sum(%1), 0) BETWEEN -9223372036854775808 AND 9223372036854775807"
               " THEN CAST(COALESCE(sum(%1), 0) AS bigint) END")
        .arg(column);
}

// Server SQL: `select` over the rows of `rows` (as r) counted period by period: the statement
// runs once per period of :bounds with its span for :s and :e, so each period is one range of
// the rows' index and a plain aggregate (half the cost of grouping a year of rows by their
// bucket). Its rows carry the period's start first.
QString perPeriod(const QString& select, const QString& rows)
{
    static const QRegularExpression start(QStringLiteral(":s\\b"));
    static const QRegularExpression end(QStringLiteral(":e\\b"));
    QString span = rows;
    span.replace(start, QStringLiteral("k.s")).replace(end, QStringLiteral("k.e"));
    return QStringLiteral("SELECT k.s, x.* FROM (SELECT b.a[i] AS s, b.a[i + 1] AS e"
                          " FROM (SELECT CAST(:bounds AS bigint[]) AS a) b,"
                          " generate_series(1, cardinality(b.a) - 1) AS i) k"
                          " CROSS JOIN LATERAL (%1) x")
        .arg(select.arg(span));
}

} // namespace

bool ServerMetricsSql::groups(const Database& db)
{
    return SqlDialect::of(db.connection().driver()).engine() == SqlDialect::Engine::Postgres;
}

QByteArray ServerMetricsSql::boundsArray(const std::vector<qint64>& boundaries)
{
    QByteArray text("{");
    for (const qint64 b : boundaries)
        text += QByteArray::number(b) + ',';
    if (boundaries.empty())
        text += '}';
    else
        text.back() = '}';
    return text;
}

QString ServerMetricsSql::surveyCountsSql(const Scope& scope)
{
    return perPeriod(QStringLiteral("SELECT r.score, count(*) FROM (%1) r GROUP BY r.score"),
                     MetricsStore::surveyRowsSql(scope));
}

QString ServerMetricsSql::baseCountsSql(const Scope& scope)
{
    return groupedByPeriod(periodStartOf(QStringLiteral("r.acquired_at")) + QStringLiteral(", ") +
                               periodStartOf(QStringLiteral("r.churned_at")) + QStringLiteral(", ") +
                               periodStartOf(QStringLiteral("r.returned_at")) + QStringLiteral(", count(*)"),
                           MetricsStore::baseRowsSql(scope), 3);
}

QString ServerMetricsSql::revenueSumsSql(const Scope& scope)
{
    return perPeriod(QStringLiteral("SELECT ") + checkedSum(QStringLiteral("r.amount_cents")) +
                         QStringLiteral(", count(*) FILTER (WHERE r.amount_cents >= 0) FROM (%1) r"),
                     MetricsStore::purchaseRowsSql(SqlDialect::postgres(), scope));
}

} // namespace rapport::core
