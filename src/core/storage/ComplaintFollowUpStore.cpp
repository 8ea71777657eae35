#include "storage/ComplaintFollowUpStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

QString ComplaintFollowUpStore::csatAfterComplaintsSql()
{
    return QStringLiteral(
        "SELECT c.owner, count(*) FILTER (WHERE s.score >= 4) AS satisfied, count(*) AS total"
        " FROM survey_responses s JOIN customers c ON c.id = s.customer_id"
        " WHERE s.survey = 'csat' AND s.responded_at >= :s AND s.responded_at < :e"
        " AND c.owner IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = s.customer_id"
        "   AND i.kind = 'complaint' AND i.occurred_at <= s.responded_at"
        "   AND i.occurred_at >= s.responded_at - :w)"
        " GROUP BY c.owner");
}

Result<std::map<QString, ComplaintFollowUpStore::CsatCounts>>
ComplaintFollowUpStore::csatAfterComplaintsByOwner(qint64 start, qint64 end, qint64 windowSeconds) const
{
    auto q = sql::prepare(m_db.connection(), csatAfterComplaintsSql());
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":s"), start);
    q->bindValue(QStringLiteral(":e"), end);
    q->bindValue(QStringLiteral(":w"), windowSeconds);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::map<QString, CsatCounts> out;
    while (q->next())
        out[q->value(0).toString()] = {q->value(1).toLongLong(), q->value(2).toLongLong()};
    return out;
}

} // namespace rapport::core
