#include "storage/DrillDownStore.h"

#include "storage/Database.h"
#include "storage/ScopeFilter.h"
#include "storage/Sql.h"

#include <QSqlRecord>
#include <algorithm>

namespace rapport::core {
namespace {

// People by their names: a rep's display name (their id when they have none), NULL when the
// customer has no owner or the rep is gone.
const QString kCustomerColumns =
    QStringLiteral("SELECT c.id, c.name, c.segment, COALESCE(NULLIF(o.name, ''), o.id), c.acquired_at,"
                   " c.churned_at,"
                   " ((c.churned_at IS NULL OR c.churned_at >= :end"
                   " OR (c.returned_at IS NOT NULL AND c.returned_at < :start))"
                   " AND c.id NOT IN (SELECT p.customer_id FROM past_churns p"
                   "  WHERE p.churned_at >= :start AND p.churned_at < :end)) AS retained"
                   " FROM customers c LEFT JOIN reps o ON o.id = c.owner WHERE ");

// The statement and which of its columns hold instants.
struct Query
{
    QString where; // the conditions after WHERE, before the scope
    QString select;
    QString countSelect;
    QString order;
    std::vector<int> instantColumns;
};

Query queryFor(DrillDownStore::Records what, const QString& subset)
{
    using R = DrillDownStore::Records;
    Query q;
    switch (what) {
    case R::Responses:
        q.select = QStringLiteral("SELECT s.id, s.responded_at, c.id, c.name, s.survey, s.score, s.comment"
                                  " FROM survey_responses s JOIN customers c ON c.id = s.customer_id WHERE ");
        q.countSelect = QStringLiteral(
            "SELECT count(*) FROM survey_responses s JOIN customers c ON c.id = s.customer_id WHERE ");
        q.where = QStringLiteral("s.responded_at >= :start AND s.responded_at < :end");
        if (!subset.isEmpty())
            q.where += QStringLiteral(" AND s.survey = :subset");
        q.order = QStringLiteral(" ORDER BY s.responded_at DESC, s.id DESC");
        q.instantColumns = {1};
        break;
    case R::Complaints:
        q.select = QStringLiteral(
            "SELECT i.id, i.occurred_at, c.id, c.name, COALESCE(NULLIF(r.name, ''), r.id),"
            " i.category, i.resolved_at FROM interactions i"
            " JOIN customers c ON c.id = i.customer_id LEFT JOIN reps r ON r.id = i.rep_id WHERE ");
        q.countSelect = QStringLiteral(
            "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE ");
        q.where = QStringLiteral("i.kind = 'complaint' AND i.occurred_at >= :start AND i.occurred_at < :end");
        if (!subset.isEmpty())
            q.where += QStringLiteral(
                " AND i.product_id = (SELECT p.id FROM products p WHERE p.external_id = :subset)");
        q.order = QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC");
        q.instantColumns = {1, 6};
        break;
    case R::Purchases:
        q.select = QStringLiteral(
            "SELECT i.id, i.occurred_at, c.id, c.name, COALESCE(NULLIF(r.name, ''), r.id), i.amount_cents,"
            " CASE WHEN i.amount_cents < 0 THEN NULL ELSE EXISTS (SELECT 1 FROM interactions f"
            "   WHERE f.customer_id = i.customer_id AND f.kind = 'follow_up'"
            "   AND f.occurred_at > i.occurred_at AND f.occurred_at <= i.occurred_at + :window) END"
            " FROM interactions i JOIN customers c ON c.id = i.customer_id"
            " LEFT JOIN reps r ON r.id = i.rep_id WHERE ");
        q.countSelect = QStringLiteral(
            "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE ");
        q.where = QStringLiteral("i.kind = 'purchase' AND i.occurred_at >= :start AND i.occurred_at < :end");
        if (!subset.isEmpty())
            q.where += QStringLiteral(
                " AND i.product_id = (SELECT p.id FROM products p WHERE p.external_id = :subset)");
        q.order = QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC");
        q.instantColumns = {1};
        break;
    case R::CustomersAtStart:
    case R::ChurnedCustomers:
    case R::ActiveCustomers:
        q.select = kCustomerColumns;
        q.countSelect = QStringLiteral("SELECT count(*) FROM customers c WHERE ");
        // A customer who came back is one again from returned_at on (metrics.md). Retained: at
        // the start and at the end, and not back during the period (a return inside the
        // period counts as a new customer, so the retained ones are E - N). An earlier churn
        // of a customer who left again (past_churns) takes them away over [its ch, its ret).
        if (what == R::CustomersAtStart)
            q.where = QStringLiteral(
                "((c.acquired_at < :start AND (c.churned_at IS NULL OR c.churned_at >= :start))"
                " OR c.returned_at < :start)"
                " AND c.id NOT IN (SELECT p.customer_id FROM past_churns p"
                "  WHERE p.churned_at < :start AND p.returned_at >= :start)");
        else if (what == R::ChurnedCustomers)
            // Left during the period from a stay that began before it: the latest churn when
            // no earlier return came after the start, or an earlier churn when neither
            // acquired_at nor the return before it did.
            q.where = QStringLiteral(
                "c.acquired_at < :start AND ((c.churned_at >= :start AND c.churned_at < :end"
                "  AND c.id NOT IN (SELECT p.customer_id FROM past_churns p WHERE p.returned_at >= :start))"
                " OR c.id IN (SELECT p.customer_id FROM past_churns p"
                "  WHERE p.churned_at >= :start AND p.churned_at < :end AND NOT EXISTS (SELECT 1 FROM"
                "  past_churns e WHERE e.customer_id = p.customer_id AND e.churned_at < p.churned_at"
                "  AND e.returned_at >= :start)))");
        else
            q.where =
                QStringLiteral("((c.acquired_at < :end AND (c.churned_at IS NULL OR c.churned_at >= :start))"
                               " OR c.returned_at < :end)"
                               " AND c.id NOT IN (SELECT p.customer_id FROM past_churns p"
                               "  WHERE p.churned_at < :start AND p.returned_at >= :end)");
        q.order = QStringLiteral(" ORDER BY c.name {nocase}, c.id");
        q.instantColumns = {4, 5};
        break;
    }
    return q;
}

void bindAll(QSqlQuery& q, const QString& text, qint64 start, qint64 end, const Scope& scope,
             const QString& subset, qint64 window)
{
    // QSqlQuery complains about binding a name the statement does not use: bind only those it has.
    if (text.contains(QLatin1String(":start")))
        q.bindValue(QStringLiteral(":start"), start);
    if (text.contains(QLatin1String(":end")))
        q.bindValue(QStringLiteral(":end"), end);
    if (text.contains(QLatin1String(":scope")))
        q.bindValue(QStringLiteral(":scope"), scope.value);
    if (text.contains(QLatin1String(":subset")))
        q.bindValue(QStringLiteral(":subset"), subset);
    if (text.contains(QLatin1String(":window")))
        q.bindValue(QStringLiteral(":window"), window);
}

} // namespace

Result<DrillDownStore::Table> DrillDownStore::records(Records what, qint64 start, qint64 end,
                                                      const Scope& scope, const QString& subset,
                                                      qint64 followUpWindowSeconds, int limit) const
{
    const Query spec = queryFor(what, subset);
    // The scope over the alias c (customers); its value is bound as :scope.
    const QString where = spec.where + scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope"));
    Table table;

    const QString countText = spec.countSelect + where;
    auto count = sql::prepare(m_db.connection(), countText);
    if (!count)
        return count.error();
    bindAll(*count, countText, start, end, scope, subset, followUpWindowSeconds);
    if (Status s = sql::exec(*count); !s)
        return s.error();
    if (count->next())
        table.total = count->value(0).toLongLong();

    const QString text = spec.select + where + spec.order + QStringLiteral(" LIMIT :limit");
    auto q = sql::prepare(m_db.connection(), text);
    if (!q)
        return q.error();
    bindAll(*q, text, start, end, scope, subset, followUpWindowSeconds);
    q->bindValue(QStringLiteral(":limit"), limit);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    const int columns = q->record().count();
    while (q->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            QVariant v = q->value(c);
            if (v.isNull())
                v = QVariant();
            else if (std::find(spec.instantColumns.begin(), spec.instantColumns.end(), c) !=
                     spec.instantColumns.end())
                v = sql::instantFrom(v);
            row.push_back(v);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

Result<QStringList> DrillDownStore::segments() const
{
    return sql::stringColumn(m_db.connection(),
                             QStringLiteral("SELECT segment FROM customers WHERE segment IS NOT NULL"
                                            " AND segment <> '' GROUP BY segment ORDER BY segment {nocase}"));
}

} // namespace rapport::core
