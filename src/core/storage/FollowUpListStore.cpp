#include "storage/FollowUpListStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

Result<std::vector<FollowUpListStore::Row>> FollowUpListStore::openForRep(const QString& repId,
                                                                          const QDateTime& until) const
{
    return openForRep(repId, {}, until);
}

Result<std::vector<FollowUpListStore::Row>>
FollowUpListStore::openForRep(const QString& repId, const QDateTime& from, const QDateTime& until) const
{
    QString statement = QStringLiteral("SELECT t.id, t.customer_id, t.rep_id, t.due_at, t.note,"
                                       " t.source_interaction_id, c.name, c.company, t.version"
                                       " FROM follow_up_tasks t JOIN customers c ON c.id = t.customer_id"
                                       " WHERE t.rep_id = ? AND t.done_at IS NULL");
    if (from.isValid())
        statement += QStringLiteral(" AND t.due_at >= ?");
    if (until.isValid())
        statement += QStringLiteral(" AND t.due_at < ?");
    statement += QStringLiteral(" ORDER BY t.due_at, t.id");
    auto q = sql::prepare(m_db.connection(), statement);
    if (!q)
        return q.error();
    q->addBindValue(repId);
    if (from.isValid())
        q->addBindValue(sql::instant(from));
    if (until.isValid())
        q->addBindValue(sql::instant(until));
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<Row> rows;
    while (q->next()) {
        Row row;
        row.task.id = q->value(0).toLongLong();
        row.task.customerId = q->value(1).toLongLong();
        row.task.repId = q->value(2).toString();
        row.task.dueAt = sql::instantFrom(q->value(3));
        row.task.note = q->value(4).toString();
        row.task.sourceInteractionId = q->value(5).toLongLong();
        row.customerName = q->value(6).toString();
        row.company = q->value(7).toString();
        row.task.version = q->value(8).toLongLong();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<FollowUpCounts> FollowUpListStore::countsForRep(const QString& repId, const FollowUpDays& days) const
{
    // One pass over the rep's open tasks in the index; CASE rather than sum(boolean), which
    // PostgreSQL does not take.
    auto q = sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT coalesce(sum(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN due_at >= ? AND due_at < ? THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN due_at >= ? AND due_at < ? THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN due_at >= ? THEN 1 ELSE 0 END), 0)"
                       " FROM follow_up_tasks WHERE rep_id = ? AND done_at IS NULL"));
    if (!q)
        return q.error();
    const QVariant now = sql::instant(days.now());
    const QVariant tomorrow = sql::instant(days.startOfTomorrow());
    const QVariant weekEnd = sql::instant(days.endOfWeek());
    for (const QVariant& v : {now, now, tomorrow, tomorrow, weekEnd, weekEnd})
        q->addBindValue(v);
    q->addBindValue(repId);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    FollowUpCounts counts;
    if (q->next()) {
        counts.overdue = q->value(0).toLongLong();
        counts.today = q->value(1).toLongLong();
        counts.thisWeek = q->value(2).toLongLong();
        counts.later = q->value(3).toLongLong();
    }
    return counts;
}

} // namespace rapport::core
