#include "storage/DatabaseStats.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

Result<DatabaseStats> DatabaseStats::read(const Database& db)
{
    auto q = sql::prepare(
        db.connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM reps),"
            " (SELECT count(*) FROM customers),"
            " (SELECT count(*) FROM customers WHERE churned_at IS NULL OR returned_at IS NOT NULL),"
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

namespace {
Result<bool> askBoolean(const Database& db, const QString& statement)
{
    auto q = sql::prepare(db.connection(), statement);
    if (!q)
        return q.error();
    if (Status s = sql::exec(*q); !s)
        return s.error();
    q->next();
    return q->value(0).toInt() != 0;
}
} // namespace

Result<bool> DatabaseStats::holdsData(const Database& db)
{
    // CASE gives an integer on both engines (EXISTS is a boolean on the server).
    return askBoolean(db, QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM reps)"
                                         " OR EXISTS (SELECT 1 FROM customers)"
                                         " OR EXISTS (SELECT 1 FROM interactions)"
                                         " OR EXISTS (SELECT 1 FROM survey_responses)"
                                         " OR EXISTS (SELECT 1 FROM kpi_goals) THEN 1 ELSE 0 END"));
}

Result<bool> DatabaseStats::hasCustomers(const Database& db)
{
    return askBoolean(db,
                      QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM customers) THEN 1 ELSE 0 END"));
}

} // namespace rapport::core
