#include "storage/FollowUpListStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

Result<std::vector<FollowUpListStore::Row>> FollowUpListStore::openForRep(const QString& repId,
                                                                          const QDateTime& until) const
{
    auto q = sql::prepare(m_db.connection(),
                          QStringLiteral("SELECT t.id, t.customer_id, t.rep_id, t.due_at, t.note,"
                                         " t.source_interaction_id, c.name, c.company"
                                         " FROM follow_up_tasks t JOIN customers c ON c.id = t.customer_id"
                                         " WHERE t.rep_id = ? AND t.done_at IS NULL AND t.due_at < ?"
                                         " ORDER BY t.due_at, t.id"));
    if (!q)
        return q.error();
    q->addBindValue(repId);
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
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace rapport::core
