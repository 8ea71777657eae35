#include "storage/InteractionRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

namespace rapport::core {
namespace {

const QString kSelect = tables::text(tables::selectVersionedSql(tables::kInteractions));
const QString kInsert = tables::text(tables::insertSql(tables::kInteractions));

void bindFields(QSqlQuery& q, const Interaction& i)
{
    q.addBindValue(sql::text(i.externalId));
    q.addBindValue(i.customerId);
    q.addBindValue(sql::text(i.repId));
    q.addBindValue(toString(i.kind));
    q.addBindValue(sql::instant(i.occurredAt));
    q.addBindValue(sql::optionalInt(i.amountCents));
    q.addBindValue(sql::text(i.category));
    q.addBindValue(sql::text(i.notes));
    q.addBindValue(sql::instant(i.resolvedAt));
    q.addBindValue(sql::optionalInt(i.productId));
}

Interaction interactionFrom(const QSqlQuery& q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.externalId = q.value(1).toString();
    i.customerId = q.value(2).toLongLong();
    i.repId = q.value(3).toString();
    i.kind = interactionKindFromString(q.value(4).toString()).value_or(InteractionKind::Note);
    i.occurredAt = sql::instantFrom(q.value(5));
    if (!q.value(6).isNull())
        i.amountCents = q.value(6).toLongLong();
    i.category = q.value(7).toString();
    i.notes = q.value(8).toString();
    i.resolvedAt = sql::instantFrom(q.value(9));
    if (!q.value(10).isNull())
        i.productId = q.value(10).toLongLong();
    i.version = q.value(11).toLongLong();
    return i;
}

} // namespace

Status InteractionRepository::insert(Interaction& interaction)
{
    auto q = sql::prepareInsert(m_db.connection(), kInsert);
    if (!q)
        return q.error();
    bindFields(*q, interaction);
    if (Status s = sql::exec(*q); !s)
        return s;
    interaction.id = sql::insertedId(*q);
    interaction.version = 1;
    return {};
}

Result<std::optional<Interaction>> InteractionRepository::find(qint64 id) const
{
    return sql::queryOne<Interaction>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id},
                                      interactionFrom);
}

Result<std::vector<Interaction>> InteractionRepository::forCustomer(qint64 customerId, int limit) const
{
    return sql::queryAll<Interaction>(m_db.connection(),
                                      kSelect + QStringLiteral(" WHERE customer_id = ?"
                                                               " ORDER BY occurred_at DESC, id DESC LIMIT ?"),
                                      {customerId, limit}, interactionFrom);
}

Result<qint64> InteractionRepository::setResolved(qint64 id, qint64 version, const QDateTime& resolvedAt)
{
    return sql::runVersioned(
        m_db.connection(),
        QStringLiteral(
            "UPDATE interactions SET resolved_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {sql::instant(resolvedAt), id}, version, QStringLiteral("the complaint"));
}

Status InteractionRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM interactions WHERE id = ?"), {id});
}

Result<qint64> InteractionRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM interactions"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace rapport::core
