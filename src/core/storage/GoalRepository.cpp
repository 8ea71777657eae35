#include "storage/GoalRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

#include <algorithm>

namespace rapport::core {
namespace {

const QString kSelect = tables::text(tables::selectVersionedSql(tables::kGoals) + ' ');

KpiGoal goalFrom(const QSqlQuery& q)
{
    KpiGoal g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.metric = q.value(2).toString();
    g.scope = Scope::fromNames(q.value(3).toString(), q.value(4).toString());
    g.periodStart = sql::instantFrom(q.value(5));
    g.periodEnd = sql::instantFrom(q.value(6));
    g.target = q.value(7).toDouble();
    g.direction = q.value(8).toString();
    if (!q.value(9).isNull())
        g.baseline = q.value(9).toDouble();
    g.checkInEveryDays = q.value(10).toInt();
    g.createdAt = sql::instantFrom(q.value(11));
    g.version = q.value(12).toLongLong();
    return g;
}

QVariantList goalValues(const KpiGoal& g)
{
    return {g.name,
            g.metric,
            g.scope.kindName(),
            g.scope.kind == Scope::Kind::All ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(g.scope.value),
            sql::instant(g.periodStart),
            sql::instant(g.periodEnd),
            g.target,
            g.direction,
            sql::optionalReal(g.baseline),
            g.checkInEveryDays,
            sql::instant(g.createdAt)};
}

} // namespace

Status GoalRepository::insert(KpiGoal& goal)
{
    auto q = sql::prepareInsert(m_db.connection(), tables::text(tables::insertSql(tables::kGoals)));
    if (!q)
        return q.error();
    for (const QVariant& v : goalValues(goal))
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s;
    goal.id = sql::insertedId(*q);
    goal.version = 1;
    return {};
}

Status GoalRepository::update(KpiGoal& goal)
{
    QVariantList values = goalValues(goal);
    values.push_back(goal.id);
    auto written =
        sql::runVersioned(m_db.connection(), tables::text(tables::versionedUpdateSql(tables::kGoals)), values,
                          goal.version, QStringLiteral("the goal %1").arg(goal.name));
    if (!written)
        return written.error();
    goal.version = *written;
    return {};
}

Result<std::vector<KpiGoal>> GoalRepository::select(const QString& where, const QVariantList& values) const
{
    auto q = sql::prepare(m_db.connection(), kSelect + where + QStringLiteral(" ORDER BY period_start, id"));
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<KpiGoal> goals;
    while (q->next())
        goals.push_back(goalFrom(*q));
    return goals;
}

Result<std::optional<KpiGoal>> GoalRepository::find(qint64 id) const
{
    auto goals = select(QStringLiteral("WHERE id = ?"), {id});
    if (!goals)
        return goals.error();
    if (goals->empty())
        return std::optional<KpiGoal>{};
    return std::optional<KpiGoal>{goals->front()};
}

Result<std::vector<KpiGoal>> GoalRepository::list() const
{
    return select({}, {});
}

Result<std::vector<KpiGoal>> GoalRepository::overlapping(const QDateTime& start, const QDateTime& end) const
{
    return select(QStringLiteral("WHERE period_start < ? AND period_end > ?"),
                  {sql::instant(end), sql::instant(start)});
}

Status GoalRepository::remove(qint64 id)
{
    // Check-ins go with the goal (ON DELETE CASCADE, foreign keys are on).
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM kpi_goals WHERE id = ?"), {id});
}

Status GoalRepository::addCheckIn(GoalCheckIn& checkIn)
{
    auto q = sql::prepareInsert(
        m_db.connection(),
        QStringLiteral("INSERT INTO goal_check_ins (goal_id, at, value, confidence, comment)"
                       " VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(checkIn.goalId);
    q->addBindValue(sql::instant(checkIn.at));
    q->addBindValue(checkIn.value);
    q->addBindValue(checkIn.confidence);
    q->addBindValue(sql::text(checkIn.comment));
    if (Status s = sql::exec(*q); !s)
        return s;
    checkIn.id = sql::insertedId(*q);
    return {};
}

Result<std::vector<GoalCheckIn>> GoalRepository::checkIns(qint64 goalId) const
{
    auto q =
        sql::prepare(m_db.connection(),
                     QStringLiteral("SELECT id, goal_id, at, value, confidence, comment FROM goal_check_ins"
                                    " WHERE goal_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    q->addBindValue(goalId);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<GoalCheckIn> result;
    while (q->next()) {
        GoalCheckIn c;
        c.id = q->value(0).toLongLong();
        c.goalId = q->value(1).toLongLong();
        c.at = sql::instantFrom(q->value(2));
        c.value = q->value(3).toDouble();
        c.confidence = q->value(4).toInt();
        c.comment = q->value(5).toString();
        result.push_back(c);
    }
    return result;
}

Status GoalRepository::removeCheckIn(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM goal_check_ins WHERE id = ?"), {id});
}

Status GoalRepository::restore(const KpiGoal& goal, const std::vector<GoalCheckIn>& checkIns)
{
    // With its version, so an editor still holding the goal from before the delete can save.
    QVariantList values{goal.id};
    values += goalValues(goal);
    values.push_back(std::max<qint64>(goal.version, 1));
    if (Status s = sql::run(m_db.connection(),
                            QStringLiteral("INSERT INTO kpi_goals (id, name, metric, scope_kind, scope_value,"
                                           " period_start, period_end, target, direction, baseline,"
                                           " check_in_every_days, created_at, version)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            values);
        !s)
        return s;
    for (const GoalCheckIn& c : checkIns)
        if (Status s = sql::run(
                m_db.connection(),
                QStringLiteral("INSERT INTO goal_check_ins (id, goal_id, at, value, confidence, comment)"
                               " VALUES (?, ?, ?, ?, ?, ?)"),
                {c.id, goal.id, sql::instant(c.at), c.value, c.confidence, sql::text(c.comment)});
            !s)
            return s;
    return {};
}

} // namespace rapport::core
