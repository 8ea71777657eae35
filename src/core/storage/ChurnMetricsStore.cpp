#include "storage/ChurnMetricsStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/TimeBuckets.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::core::ChurnMetricsStore", text);
}

// A reason of blanks only (a hand-edited database) is no reason either.
QString reasonOf(const RowReader& row, int column)
{
    return row.isNull(column) ? QString() : QString::fromUtf8(row.text(column)).trimmed();
}

// Where the churns of a period are read: the latest churn of each customer (customers), and the
// earlier churns of the customers who came back and left again (past_churns, joined to their
// customer for the scope and the grouping). Each names its churn's columns as x.
struct ChurnSource
{
    const char* from;
    const char* churnedAt;
    const char* reason;
    const char* customerId;
};
const ChurnSource kChurnSources[] = {
    {"customers c", "c.churned_at", "c.churn_reason", "c.id"},
    {"past_churns x JOIN customers c ON c.id = x.customer_id", "x.churned_at", "x.churn_reason",
     "x.customer_id"},
};

QString filled(QString sql, const ChurnSource& source)
{
    return sql.replace(QLatin1String("{from}"), QLatin1String(source.from))
        .replace(QLatin1String("{churned_at}"), QLatin1String(source.churnedAt))
        .replace(QLatin1String("{reason}"), QLatin1String(source.reason))
        .replace(QLatin1String("{customer}"), QLatin1String(source.customerId));
}

// The churns of [start, end) by `group` (an expression over c, or a constant) and reason. The
// period's churned customers come from the index customers_churned; for each,
// EXISTS stops at its first qualifying purchase (index interactions_purchase_customer). The
// window is read as stored: it may reach past the period's end and past now (a window still
// open counts the purchases made so far).
Result<ChurnMetricsStore::GroupedAnswer> grouped(Database& db, const QString& group, qint64 start, qint64 end,
                                                 qint64 windowSeconds, const Scope& scope)
{
    ChurnMetricsStore::GroupedAnswer answer;
    for (const ChurnSource& source : kChurnSources) {
        auto st = RowReader::prepare(
            db,
            filled(QStringLiteral("SELECT ") + group +
                       QStringLiteral(", {reason}, COUNT(*),"
                                      " SUM(CASE WHEN EXISTS (SELECT 1 FROM interactions i"
                                      " WHERE i.customer_id = {customer} AND i.kind = 'purchase'"
                                      " AND i.amount_cents >= 0 AND i.occurred_at > {churned_at}"
                                      " AND i.occurred_at <= {churned_at} + :w)"
                                      " THEN 1 ELSE 0 END)"
                                      " FROM {from} WHERE {churned_at} >= :s AND {churned_at} < :e") +
                       scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope")) +
                       QStringLiteral(" GROUP BY 1, {reason}"),
                   source),
            tr("Preparing the churn figures failed"));
        if (!st)
            return st.error();
        st->bindInt(":w", windowSeconds);
        st->bindInt(":s", start);
        st->bindInt(":e", end);
        bindScope(*st, scope);
        while (st->next()) {
            const QString key = st->isNull(0) ? QString() : QString::fromUtf8(st->text(0));
            ChurnMetricsStore::ReasonCounts& r = answer[key][reasonOf(*st, 1)];
            r.churned += st->integer(2);
            r.wonBack += st->integer(3);
        }
        if (st->failed())
            return st->error(tr("Reading the churn figures failed"));
    }
    return answer;
}

} // namespace

Result<ChurnMetricsStore::Answer> ChurnMetricsStore::counts(qint64 start, qint64 end, qint64 windowSeconds,
                                                            const Scope& scope) const
{
    auto all = grouped(m_db, QStringLiteral("''"), start, end, windowSeconds, scope);
    if (!all)
        return all.error();
    return all->empty() ? Answer{} : all->begin()->second;
}

Result<ChurnMetricsStore::GroupedAnswer> ChurnMetricsStore::countsBy(Grouping grouping, qint64 start,
                                                                     qint64 end, qint64 windowSeconds,
                                                                     const Scope& scope) const
{
    return grouped(m_db,
                   grouping == Grouping::Owner ? QStringLiteral("c.owner") : QStringLiteral("c.segment"),
                   start, end, windowSeconds, scope);
}

Result<ChurnMetricsStore::ReasonBuckets> ChurnMetricsStore::reasonsByBucket(const std::vector<qint64>& bounds,
                                                                            const Scope& scope) const
{
    ReasonBuckets answer;
    if (bounds.size() < 2)
        return answer;
    for (const ChurnSource& source : kChurnSources) {
        auto st =
            RowReader::prepare(m_db,
                               filled(QStringLiteral("SELECT {reason}, ") +
                                          timeBucketCase(QStringLiteral("{churned_at}"), bounds) +
                                          QStringLiteral(" AS bucket, COUNT(*) FROM {from}"
                                                         " WHERE {churned_at} >= :s AND {churned_at} < :e") +
                                          scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope")) +
                                          QStringLiteral(" GROUP BY {reason}, bucket"),
                                      source),
                               tr("Preparing the churn figures failed"));
        if (!st)
            return st.error();
        st->bindInt(":s", bounds.front());
        st->bindInt(":e", bounds.back());
        bindScope(*st, scope);
        while (st->next()) {
            std::vector<qint64>& series = answer[reasonOf(*st, 0)];
            series.resize(bounds.size() - 1);
            const auto bucket = static_cast<std::size_t>(st->integer(1));
            if (bucket < series.size())
                series[bucket] += st->integer(2);
        }
        if (st->failed())
            return st->error(tr("Reading the churn figures failed"));
    }
    return answer;
}

} // namespace rapport::core
