#include "storage/FindingsStore.h"

#include "storage/Database.h"
#include "storage/ScopeFilter.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace rapport::core {

namespace {

// The scope's condition on the customers table (alias c); its value is bound, never spliced.
QString scopeCondition(const Scope& scope, QVariantList& values)
{
    QString condition = scopeFilter(scope, QStringLiteral("c."), QStringLiteral("?"));
    if (!condition.isEmpty())
        values << scope.value;
    return condition;
}

QString groupColumn(FindingsStore::GroupBy by)
{
    return by == FindingsStore::GroupBy::Owner ? QStringLiteral("c.owner") : QStringLiteral("c.segment");
}

// A purchase counts as followed up when the same customer has a follow-up in (t, t + window].
const char* const kFollowedUp = "EXISTS (SELECT 1 FROM interactions f WHERE f.kind = 'follow_up'"
                                " AND f.customer_id = p.customer_id AND f.occurred_at > p.occurred_at"
                                " AND f.occurred_at <= p.occurred_at + ?)";

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto q = sql::prepare(db, statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    return q;
}

} // namespace

Result<std::vector<FindingsStore::GroupCounts>> FindingsStore::groupCounts(Measure measure, GroupBy by,
                                                                           qint64 start, qint64 end,
                                                                           const Scope& scope,
                                                                           qint64 windowSeconds) const
{
    const QString column = groupColumn(by);
    QVariantList values;
    QString statement;
    if (measure == Measure::Csat) {
        values << start << end;
        statement = QStringLiteral("SELECT %1, count(*) FILTER (WHERE s.score >= 4), count(*)"
                                   " FROM survey_responses s JOIN customers c ON c.id = s.customer_id"
                                   " WHERE s.survey = 'csat' AND s.responded_at >= ? AND s.responded_at < ?")
                        .arg(column);
    } else {
        values << windowSeconds << start << end;
        statement = QStringLiteral("SELECT %1, count(*) FILTER (WHERE %2), count(*)"
                                   " FROM interactions p JOIN customers c ON c.id = p.customer_id"
                                   " WHERE p.kind = 'purchase' AND p.amount_cents >= 0"
                                   " AND p.occurred_at >= ? AND p.occurred_at < ?")
                        .arg(column, QLatin1String(kFollowedUp));
    }
    statement += scopeCondition(scope, values);
    statement += QStringLiteral(" AND %1 IS NOT NULL AND %1 <> '' GROUP BY %1 ORDER BY %1").arg(column);
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    std::vector<GroupCounts> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return out;
}

Result<FindingsStore::SurveyCounts> FindingsStore::surveyCounts(qint64 start, qint64 end,
                                                                const Scope& scope) const
{
    QVariantList values{start, end};
    const QString statement =
        QStringLiteral("SELECT count(*) FILTER (WHERE s.survey = 'csat' AND s.score >= 4), count(*) FILTER "
                       "(WHERE s.survey = 'csat'),"
                       " count(*) FILTER (WHERE s.survey = 'nps' AND s.score >= 9), count(*) FILTER (WHERE "
                       "s.survey = 'nps' AND s.score <= 6),"
                       " count(*) FILTER (WHERE s.survey = 'nps')"
                       " FROM survey_responses s JOIN customers c ON c.id = s.customer_id"
                       " WHERE s.survey IN ('csat', 'nps') AND s.responded_at >= ? AND s.responded_at < ?") +
        scopeCondition(scope, values);
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    SurveyCounts out;
    if (q->next()) {
        out.csatSatisfied = q->value(0).toLongLong();
        out.csatTotal = q->value(1).toLongLong();
        out.npsPromoters = q->value(2).toLongLong();
        out.npsDetractors = q->value(3).toLongLong();
        out.npsTotal = q->value(4).toLongLong();
    }
    return out;
}

Result<QStringList> FindingsStore::segments(const Scope& scope) const
{
    QVariantList values;
    const QString statement = QStringLiteral("SELECT DISTINCT c.segment FROM customers c"
                                             " WHERE c.segment IS NOT NULL AND c.segment <> ''") +
                              scopeCondition(scope, values) + QStringLiteral(" ORDER BY c.segment");
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<std::map<QString, qint64>> FindingsStore::newCustomersByOwner(qint64 start, qint64 end,
                                                                     const Scope& scope) const
{
    QVariantList values{start, end};
    const QString statement =
        QStringLiteral(
            "SELECT c.owner, count(*) FROM customers c"
            " WHERE c.acquired_at >= ? AND c.acquired_at < ? AND c.owner IS NOT NULL AND c.owner <> ''") +
        scopeCondition(scope, values) + QStringLiteral(" GROUP BY c.owner");
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    std::map<QString, qint64> out;
    while (q->next())
        out[q->value(0).toString()] = q->value(1).toLongLong();
    return out;
}

Status FindingsStore::forEachComment(qint64 start, qint64 end, const Scope& scope,
                                     const std::function<void(const Comment&)>& visit) const
{
    QVariantList values{start, end};
    QString statement =
        QStringLiteral("SELECT 1, i.id, i.customer_id, i.notes"
                       " FROM interactions i JOIN customers c ON c.id = i.customer_id"
                       " WHERE i.kind = 'complaint' AND i.occurred_at >= ? AND i.occurred_at < ?"
                       " AND i.notes IS NOT NULL AND i.notes <> ''") +
        scopeCondition(scope, values);
    values << start << end;
    statement += QStringLiteral(" UNION ALL SELECT 0, s.id, s.customer_id, s.comment"
                                " FROM survey_responses s JOIN customers c ON c.id = s.customer_id"
                                " WHERE s.responded_at >= ? AND s.responded_at < ?"
                                " AND s.comment IS NOT NULL AND s.comment <> ''") +
                 scopeCondition(scope, values);
    // Complaints first, each table by id: the records a finding keeps (the first kMaxIds) and
    // the customers a report names must not depend on the engine's scan order (the server's
    // plan differs from SQLite's, and from one run to the next).
    statement += QStringLiteral(" ORDER BY 1 DESC, 2");
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    while (q->next())
        visit({q->value(0).toInt() == 1, q->value(1).toLongLong(), q->value(2).toLongLong(),
               q->value(3).toString()});
    return {};
}

Result<FindingsStore::IdList> FindingsStore::ids(const QString& statement, const QVariantList& values,
                                                 int limit) const
{
    auto q = run(m_db.connection(), statement, values);
    if (!q)
        return q.error();
    IdList out;
    while (q->next()) {
        if (out.total < limit)
            out.ids.push_back(q->value(0).toLongLong());
        ++out.total;
    }
    return out;
}

Result<FindingsStore::IdList> FindingsStore::complaintIds(const QString& category, qint64 start, qint64 end,
                                                          const Scope& scope, int limit) const
{
    QVariantList values{start, end, category};
    const QString statement =
        QStringLiteral("SELECT i.id FROM interactions i JOIN customers c ON c.id = i.customer_id"
                       " WHERE i.kind = 'complaint' AND i.occurred_at >= ? AND i.occurred_at < ?"
                       " AND coalesce(nullif(i.category, ''), 'uncategorized') = ?") +
        scopeCondition(scope, values) + QStringLiteral(" ORDER BY i.id");
    return ids(statement, values, limit);
}

Result<FindingsStore::IdList> FindingsStore::unsatisfiedCsatIds(GroupBy by, const QString& group,
                                                                qint64 start, qint64 end, int limit) const
{
    const QString statement =
        QStringLiteral("SELECT s.id FROM survey_responses s JOIN customers c ON c.id = s.customer_id"
                       " WHERE s.survey = 'csat' AND s.score <= 3"
                       " AND s.responded_at >= ? AND s.responded_at < ? AND %1 = ?"
                       " ORDER BY s.id")
            .arg(groupColumn(by));
    return ids(statement, {start, end, group}, limit);
}

Result<FindingsStore::IdList> FindingsStore::purchasesWithoutFollowUpIds(GroupBy by, const QString& group,
                                                                         qint64 start, qint64 end,
                                                                         qint64 windowSeconds,
                                                                         int limit) const
{
    const QString statement =
        QStringLiteral("SELECT p.id FROM interactions p JOIN customers c ON c.id = p.customer_id"
                       " WHERE p.kind = 'purchase' AND p.amount_cents >= 0"
                       " AND p.occurred_at >= ? AND p.occurred_at < ? AND %1 = ?"
                       " AND NOT %2 ORDER BY p.id")
            .arg(groupColumn(by), QLatin1String(kFollowedUp));
    return ids(statement, {start, end, group, windowSeconds}, limit);
}

Result<FindingsStore::IdList> FindingsStore::productComplaintIds(const QString& productExternalId,
                                                                 qint64 start, qint64 end, const Scope& scope,
                                                                 int limit) const
{
    QVariantList values{start, end, productExternalId};
    const QString statement =
        QStringLiteral("SELECT i.id FROM interactions i JOIN customers c ON c.id = i.customer_id"
                       " JOIN products p ON p.id = i.product_id"
                       " WHERE i.kind = 'complaint' AND i.occurred_at >= ? AND i.occurred_at < ?"
                       " AND p.external_id = ?") +
        scopeCondition(scope, values) + QStringLiteral(" ORDER BY i.id");
    return ids(statement, values, limit);
}

Result<FindingsStore::IdList> FindingsStore::churnedWithReasonIds(const QString& reason, qint64 start,
                                                                  qint64 end, const Scope& scope,
                                                                  int limit) const
{
    // The latest churn on the customer, or an earlier one (past_churns) of a customer who left again.
    QVariantList values{start, end, reason, start, end, reason};
    const QString statement =
        QStringLiteral("SELECT c.id FROM customers c WHERE ((c.churned_at >= ? AND c.churned_at < ?"
                       " AND coalesce(c.churn_reason, 'unknown') = ?)"
                       " OR c.id IN (SELECT p.customer_id FROM past_churns p WHERE p.churned_at >= ?"
                       " AND p.churned_at < ? AND coalesce(p.churn_reason, 'unknown') = ?))") +
        scopeCondition(scope, values) + QStringLiteral(" ORDER BY c.id");
    return ids(statement, values, limit);
}

Result<FindingsStore::IdList> FindingsStore::churnedCustomerIds(qint64 start, qint64 end, const Scope& scope,
                                                                int limit) const
{
    QVariantList values{start, end, start, end};
    const QString statement =
        QStringLiteral("SELECT c.id FROM customers c WHERE ((c.churned_at >= ? AND c.churned_at < ?)"
                       " OR c.id IN (SELECT p.customer_id FROM past_churns p"
                       " WHERE p.churned_at >= ? AND p.churned_at < ?))") +
        scopeCondition(scope, values) + QStringLiteral(" ORDER BY c.id");
    return ids(statement, values, limit);
}

Result<QStringList> FindingsStore::customerNames(const QString& table, const std::vector<qint64>& ids,
                                                 int limit) const
{
    QString statement;
    if (table == QLatin1String("interactions"))
        statement = QStringLiteral(
            "SELECT c.name FROM interactions r JOIN customers c ON c.id = r.customer_id WHERE r.id = ?");
    else if (table == QLatin1String("survey_responses"))
        statement = QStringLiteral(
            "SELECT c.name FROM survey_responses r JOIN customers c ON c.id = r.customer_id WHERE r.id = ?");
    else if (table == QLatin1String("customers"))
        statement = QStringLiteral("SELECT c.name FROM customers c WHERE c.id = ?");
    else
        return Error::make(QCoreApplication::translate("rapport::core::FindingsStore",
                                                       "Unknown record table '%1' for customer names")
                               .arg(table));
    auto q = sql::prepare(m_db.connection(), statement);
    if (!q)
        return q.error();
    QStringList out;
    for (qint64 id : ids) {
        if (out.size() >= limit)
            break;
        q->addBindValue(id);
        if (Status s = sql::exec(*q); !s)
            return s.error();
        if (q->next() && !out.contains(q->value(0).toString()))
            out << q->value(0).toString();
        q->finish();
    }
    return out;
}

} // namespace rapport::core
