#include "storage/FollowUpTaskRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

const QString kSelect = QStringLiteral("SELECT id, customer_id, rep_id, due_at, note, source_interaction_id,"
                                       " done_at, done_interaction_id, version FROM follow_up_tasks ");

FollowUpTask taskFrom(const QSqlQuery& q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.repId = q.value(2).toString();
    t.dueAt = sql::instantFrom(q.value(3));
    t.note = q.value(4).toString();
    t.sourceInteractionId = q.value(5).toLongLong();
    t.doneAt = sql::instantFrom(q.value(6));
    t.doneInteractionId = q.value(7).toLongLong();
    t.version = q.value(8).toLongLong();
    return t;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant::fromValue(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Status FollowUpTaskRepository::insert(FollowUpTask& task)
{
    auto q = sql::prepareInsert(
        m_db.connection(), QStringLiteral("INSERT INTO follow_up_tasks (customer_id, rep_id, due_at, note,"
                                          " source_interaction_id, done_at, done_interaction_id)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(task.customerId);
    q->addBindValue(sql::text(task.repId));
    q->addBindValue(sql::instant(task.dueAt));
    q->addBindValue(sql::text(task.note));
    q->addBindValue(optionalId(task.sourceInteractionId));
    q->addBindValue(sql::instant(task.doneAt));
    q->addBindValue(optionalId(task.doneInteractionId));
    if (Status s = sql::exec(*q); !s)
        return s;
    task.id = sql::insertedId(*q);
    task.version = 1;
    return {};
}

Result<std::optional<FollowUpTask>> FollowUpTaskRepository::find(qint64 id) const
{
    return sql::queryOne<FollowUpTask>(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"), {id},
                                       taskFrom);
}

Result<std::vector<FollowUpTask>> FollowUpTaskRepository::openForRep(const QString& repId,
                                                                     const QDateTime& until) const
{
    return sql::queryAll<FollowUpTask>(
        m_db.connection(),
        kSelect + QStringLiteral("WHERE rep_id = ? AND done_at IS NULL AND due_at < ?"
                                 " ORDER BY due_at, id"),
        {repId, sql::instant(until)}, taskFrom);
}

Result<std::vector<FollowUpTask>> FollowUpTaskRepository::openForCustomer(qint64 customerId) const
{
    return sql::queryAll<FollowUpTask>(
        m_db.connection(),
        kSelect + QStringLiteral("WHERE customer_id = ? AND done_at IS NULL ORDER BY due_at, id"),
        {customerId}, taskFrom);
}

Result<qint64> FollowUpTaskRepository::countOverdue(const QString& repId, const QDateTime& now) const
{
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT count(*) FROM follow_up_tasks"
                                        " WHERE rep_id = ? AND done_at IS NULL AND due_at < ?"),
                         {repId, sql::instant(now)});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> FollowUpTaskRepository::markDone(qint64 id, qint64 version, const QDateTime& doneAt,
                                                qint64 doneInteractionId)
{
    return sql::runVersioned(m_db.connection(),
                             QStringLiteral("UPDATE follow_up_tasks SET done_at = ?, done_interaction_id = ?,"
                                            " version = version + 1 WHERE id = ? AND version = ?"),
                             {sql::instant(doneAt), optionalId(doneInteractionId), id}, version,
                             QStringLiteral("the follow-up"));
}

Result<qint64> FollowUpTaskRepository::reopen(qint64 id, qint64 version)
{
    return sql::runVersioned(
        m_db.connection(),
        QStringLiteral("UPDATE follow_up_tasks SET done_at = NULL, done_interaction_id = NULL,"
                       " version = version + 1 WHERE id = ? AND version = ?"),
        {id}, version, QStringLiteral("the follow-up"));
}

Result<qint64> FollowUpTaskRepository::reschedule(qint64 id, qint64 version, const QDateTime& dueAt)
{
    return sql::runVersioned(
        m_db.connection(),
        QStringLiteral(
            "UPDATE follow_up_tasks SET due_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {sql::instant(dueAt), id}, version, QStringLiteral("the follow-up"));
}

Result<qint64> FollowUpTaskRepository::update(const FollowUpTask& task)
{
    return sql::runVersioned(m_db.connection(),
                             QStringLiteral("UPDATE follow_up_tasks SET rep_id = ?, due_at = ?, note = ?,"
                                            " version = version + 1 WHERE id = ? AND version = ?"),
                             {sql::text(task.repId), sql::instant(task.dueAt), sql::text(task.note), task.id},
                             task.version, QStringLiteral("the follow-up"));
}

Status FollowUpTaskRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM follow_up_tasks WHERE id = ?"), {id});
}

} // namespace rapport::core
