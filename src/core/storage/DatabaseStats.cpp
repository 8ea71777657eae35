#include "storage/DatabaseStats.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

Result<DatabaseStats> DatabaseStats::read(const Database& db)
{
    auto q = sql::prepare(db.connection(),
                          QStringLiteral("SELECT (SELECT count(*) FROM reps),"
                                         " (SELECT count(*) FROM customers),"
                                         " (SELECT count(*) FROM customers WHERE churned_at IS NULL),"
                                         " (SELECT count(*) FROM interactions),"
                                         " (SELECT count(*) FROM survey_responses),"
                                         " (SELECT count(*) FROM kpi_goals)"));
    if (!q)
        return q.error();
    if (Status s = sql::exec(*q); !s)
        return s.error();
    q->next();
    return DatabaseStats{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                         q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong()};
}

} // namespace rapport::core
