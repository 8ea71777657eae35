#include "storage/ActionPlanRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <functional>

namespace rapport::core {
namespace {

const QString kSelect = QStringLiteral("SELECT id, title, action, owner_rep, resources, metric, scope_kind, "
                                       "scope_value, target, direction, baseline,"
                                       " start_at, deadline_at, check_in_every_days, finding_ref, dimension, "
                                       "status, created_at, version FROM action_plans ");

std::optional<double> optionalReal(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

ActionPlan planFrom(const QSqlQuery& q)
{
    ActionPlan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.action = q.value(2).toString();
    p.ownerRep = q.value(3).toString();
    p.resources = q.value(4).toString();
    p.metric = q.value(5).toString();
    p.scope = Scope::fromNames(q.value(6).toString(), q.value(7).toString());
    p.target = optionalReal(q.value(8));
    p.direction = q.value(9).toString();
    p.baseline = optionalReal(q.value(10));
    p.startAt = sql::instantFrom(q.value(11));
    p.deadlineAt = sql::instantFrom(q.value(12));
    p.checkInEveryDays = q.value(13).toInt();
    p.findingRef = q.value(14).toString();
    p.dimension = q.value(15).toString();
    p.status = q.value(16).toString();
    p.createdAt = sql::instantFrom(q.value(17));
    p.version = q.value(18).toLongLong();
    return p;
}

// The plan's columns in the order of the INSERT and UPDATE statements below.
QVariantList planValues(const ActionPlan& p)
{
    return {p.title,
            sql::text(p.action),
            sql::text(p.ownerRep),
            sql::text(p.resources),
            sql::text(p.metric),
            p.scope.kindName(),
            sql::text(p.scope.kind == Scope::Kind::All ? QString() : p.scope.value),
            sql::optionalReal(p.target),
            p.direction,
            sql::optionalReal(p.baseline),
            sql::instant(p.startAt),
            sql::instant(p.deadlineAt),
            p.checkInEveryDays,
            sql::text(p.findingRef),
            sql::text(p.dimension),
            p.status};
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QString instantText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Each field a revision can speak of, as (name, text of the value).
struct Field
{
    const char* name;
    std::function<QString(const ActionPlan&)> text;
};

const std::vector<Field>& trackedFields()
{
    static const std::vector<Field> fields{
        {"title", [](const ActionPlan& p) { return p.title; }},
        {"action", [](const ActionPlan& p) { return p.action; }},
        {"owner_rep", [](const ActionPlan& p) { return p.ownerRep; }},
        {"resources", [](const ActionPlan& p) { return p.resources; }},
        {"metric", [](const ActionPlan& p) { return p.metric; }},
        {"scope", [](const ActionPlan& p) { return p.scope.describe(); }},
        {"target", [](const ActionPlan& p) { return number(p.target); }},
        {"direction", [](const ActionPlan& p) { return p.direction; }},
        {"baseline", [](const ActionPlan& p) { return number(p.baseline); }},
        {"start_at", [](const ActionPlan& p) { return instantText(p.startAt); }},
        {"deadline_at", [](const ActionPlan& p) { return instantText(p.deadlineAt); }},
        {"check_in_every_days", [](const ActionPlan& p) { return QString::number(p.checkInEveryDays); }},
        {"finding_ref", [](const ActionPlan& p) { return p.findingRef; }},
        {"dimension", [](const ActionPlan& p) { return p.dimension; }},
        {"status", [](const ActionPlan& p) { return p.status; }},
    };
    return fields;
}

} // namespace

Status ActionPlanRepository::insert(ActionPlan& plan)
{
    auto q = sql::prepareInsert(
        m_db.connection(),
        QStringLiteral("INSERT INTO action_plans (title, action, owner_rep, resources, metric,"
                       " scope_kind, scope_value, target, direction, baseline, start_at, deadline_at,"
                       " check_in_every_days, finding_ref, dimension, status, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : planValues(plan))
        q->addBindValue(v);
    q->addBindValue(sql::instant(plan.createdAt));
    if (Status s = sql::exec(*q); !s)
        return s;
    plan.id = sql::insertedId(*q);
    plan.version = 1;
    return {};
}

Status ActionPlanRepository::writePlan(ActionPlan& plan)
{
    QVariantList values = planValues(plan);
    values.push_back(plan.id);
    auto written = sql::runVersioned(
        m_db.connection(),
        QStringLiteral("UPDATE action_plans SET title = ?, action = ?, owner_rep = ?, resources = ?,"
                       " metric = ?, scope_kind = ?, scope_value = ?, target = ?, direction = ?,"
                       " baseline = ?, start_at = ?, deadline_at = ?, check_in_every_days = ?,"
                       " finding_ref = ?, dimension = ?, status = ?, version = version + 1"
                       " WHERE id = ? AND version = ?"),
        values, plan.version, QStringLiteral("the action plan %1").arg(plan.title));
    if (!written)
        return written.error();
    plan.version = *written;
    return {};
}

Result<std::vector<ActionPlanRevision>> ActionPlanRepository::update(ActionPlan& plan, const QString& reason,
                                                                     const QDateTime& at)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto stored = find(plan.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::make(QCoreApplication::translate("rapport::core::ActionPlanRepository",
                                                       "There is no action plan with id %1 to update")
                               .arg(plan.id));
    const ActionPlan& old = **stored;

    std::vector<ActionPlanRevision> revisions;
    for (const Field& field : trackedFields()) {
        const QString before = field.text(old);
        const QString after = field.text(plan);
        if (before != after)
            revisions.push_back({0, plan.id, at, QString::fromLatin1(field.name), before, after, reason});
    }
    if (revisions.empty())
        return revisions;

    if (Status s = writePlan(plan); !s)
        return s.error();

    auto r = sql::prepareInsert(
        m_db.connection(),
        QStringLiteral("INSERT INTO action_plan_revisions (plan_id, at, field, old_value, new_value,"
                       " reason) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!r)
        return r.error();
    for (ActionPlanRevision& revision : revisions) {
        r->bindValue(0, revision.planId);
        r->bindValue(1, sql::instant(revision.at));
        r->bindValue(2, revision.field);
        r->bindValue(3, sql::text(revision.oldValue));
        r->bindValue(4, sql::text(revision.newValue));
        r->bindValue(5, sql::text(revision.reason));
        if (Status s = sql::exec(*r); !s)
            return s.error();
        revision.id = sql::insertedId(*r);
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return revisions;
}

Status ActionPlanRepository::restore(ActionPlan& previous, const std::vector<ActionPlanRevision>& written)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status s = writePlan(previous); !s)
        return s;
    for (const ActionPlanRevision& revision : written) {
        if (Status s =
                sql::run(m_db.connection(),
                         QStringLiteral("DELETE FROM action_plan_revisions WHERE id = ? AND plan_id = ?"),
                         {revision.id, previous.id});
            !s)
            return s;
    }
    return transaction.commit();
}

Result<std::optional<ActionPlan>> ActionPlanRepository::find(qint64 id) const
{
    auto q = sql::prepare(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    if (!q->next())
        return std::optional<ActionPlan>{};
    return std::optional<ActionPlan>{planFrom(*q)};
}

Result<std::vector<ActionPlan>> ActionPlanRepository::list(const QString& ownerRep) const
{
    const QString where = ownerRep.isEmpty() ? QString() : QStringLiteral("WHERE owner_rep = ? ");
    auto q = sql::prepare(m_db.connection(),
                          kSelect + where + QStringLiteral("ORDER BY created_at DESC, id DESC"));
    if (!q)
        return q.error();
    if (!ownerRep.isEmpty())
        q->addBindValue(ownerRep);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<ActionPlan> plans;
    while (q->next())
        plans.push_back(planFrom(*q));
    return plans;
}

Status ActionPlanRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM action_plans WHERE id = ?"), {id});
}

Status ActionPlanRepository::addItem(ActionPlanItem& item)
{
    if (item.position <= 0) {
        auto last = sql::scalar(m_db.connection(),
                                QStringLiteral("SELECT coalesce(max(position), 0) FROM action_plan_items"
                                               " WHERE plan_id = ?"),
                                {item.planId});
        if (!last)
            return last.error();
        item.position = last->toInt() + 1;
    }
    auto q = sql::prepareInsert(
        m_db.connection(), QStringLiteral("INSERT INTO action_plan_items (plan_id, position, text, done_at)"
                                          " VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(item.planId);
    q->addBindValue(item.position);
    q->addBindValue(item.text);
    q->addBindValue(sql::instant(item.doneAt));
    if (Status s = sql::exec(*q); !s)
        return s;
    item.id = sql::insertedId(*q);
    item.version = 1;
    return {};
}

Result<std::vector<ActionPlanItem>> ActionPlanRepository::items(qint64 planId) const
{
    auto q = sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT id, plan_id, position, text, done_at, version FROM action_plan_items"
                       " WHERE plan_id = ? ORDER BY position, id"));
    if (!q)
        return q.error();
    q->addBindValue(planId);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<ActionPlanItem> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(),
                       q->value(3).toString(), sql::instantFrom(q->value(4)), q->value(5).toLongLong()});
    return out;
}

Result<qint64> ActionPlanRepository::setItemDone(qint64 itemId, qint64 version, const QDateTime& doneAt)
{
    return sql::runVersioned(m_db.connection(),
                             QStringLiteral("UPDATE action_plan_items SET done_at = ?, version = version + 1"
                                            " WHERE id = ? AND version = ?"),
                             {sql::instant(doneAt), itemId}, version, QStringLiteral("the plan's step"));
}

Status ActionPlanRepository::removeItem(qint64 itemId)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM action_plan_items WHERE id = ?"),
                    {itemId});
}

Status ActionPlanRepository::removeCheckIn(qint64 checkInId)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM action_plan_check_ins WHERE id = ?"),
                    {checkInId});
}

Status ActionPlanRepository::addCheckIn(ActionPlanCheckIn& checkIn)
{
    auto q = sql::prepareInsert(
        m_db.connection(),
        QStringLiteral("INSERT INTO action_plan_check_ins (plan_id, at, value, note) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(checkIn.planId);
    q->addBindValue(sql::instant(checkIn.at));
    q->addBindValue(sql::optionalReal(checkIn.value));
    q->addBindValue(sql::text(checkIn.note));
    if (Status s = sql::exec(*q); !s)
        return s;
    checkIn.id = sql::insertedId(*q);
    return {};
}

Result<std::vector<ActionPlanCheckIn>> ActionPlanRepository::checkIns(qint64 planId) const
{
    auto q = sql::prepare(m_db.connection(),
                          QStringLiteral("SELECT id, plan_id, at, value, note FROM action_plan_check_ins"
                                         " WHERE plan_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    q->addBindValue(planId);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<ActionPlanCheckIn> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), sql::instantFrom(q->value(2)),
                       optionalReal(q->value(3)), q->value(4).toString()});
    return out;
}

Result<std::vector<ActionPlanRevision>> ActionPlanRepository::revisions(qint64 planId) const
{
    auto q = sql::prepare(m_db.connection(),
                          QStringLiteral("SELECT id, plan_id, at, field, old_value, new_value, reason"
                                         " FROM action_plan_revisions WHERE plan_id = ? ORDER BY at, id"));
    if (!q)
        return q.error();
    q->addBindValue(planId);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<ActionPlanRevision> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), sql::instantFrom(q->value(2)),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                       q->value(6).toString()});
    return out;
}

} // namespace rapport::core
