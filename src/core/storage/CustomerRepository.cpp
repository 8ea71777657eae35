#include "storage/CustomerRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

namespace rapport::core {
namespace {

const QString kSelect = QStringLiteral("SELECT id, %1, version FROM customers")
                            .arg(tables::text(tables::columnList(tables::kCustomers)));
const QString kInsert = tables::text(tables::insertSql(tables::kCustomers));
// updateSql's "UPDATE customers SET a = ?, ... WHERE id = ?", raising the version when the
// stored one is the one the caller read.
const QString kUpdate = tables::text(tables::updateSql(tables::kCustomers))
                            .replace(QLatin1String(" WHERE id = ?"),
                                     QLatin1String(", version = version + 1 WHERE id = ? AND version = ?"));

void bindFields(QSqlQuery& q, const Customer& c)
{
    q.addBindValue(c.externalId);
    q.addBindValue(c.name);
    q.addBindValue(sql::text(c.company));
    q.addBindValue(sql::text(c.email));
    q.addBindValue(sql::text(c.phone));
    q.addBindValue(sql::text(c.segment));
    q.addBindValue(sql::text(c.owner));
    q.addBindValue(sql::instant(c.acquiredAt));
    q.addBindValue(sql::instant(c.churnedAt));
}

Customer customerFrom(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.externalId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.company = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.segment = q.value(6).toString();
    c.owner = q.value(7).toString();
    c.acquiredAt = sql::instantFrom(q.value(8));
    c.churnedAt = sql::instantFrom(q.value(9));
    c.version = q.value(10).toLongLong();
    return c;
}

} // namespace

Status CustomerRepository::insert(Customer& customer)
{
    auto q = sql::prepareInsert(m_db.connection(), kInsert);
    if (!q)
        return q.error();
    bindFields(*q, customer);
    if (Status s = sql::exec(*q); !s)
        return s;
    customer.id = sql::insertedId(*q);
    customer.version = 1;
    return {};
}

Status CustomerRepository::update(Customer& customer)
{
    auto q = sql::prepare(m_db.connection(), kUpdate);
    if (!q)
        return q.error();
    bindFields(*q, customer);
    q->addBindValue(customer.id);
    q->addBindValue(customer.version);
    if (Status s = sql::exec(*q); !s)
        return s;
    if (q->numRowsAffected() != 1) {
        Error e =
            Error::make(QStringLiteral("Someone else changed or removed the customer %1 since it was read; "
                                       "nothing was written")
                            .arg(customer.name),
                        kUpdate);
        e.kind = ErrorKind::Conflict;
        return e;
    }
    ++customer.version;
    return {};
}

Result<std::optional<Customer>> CustomerRepository::findWhere(const QString& condition,
                                                              const QVariant& value) const
{
    return sql::queryOne<Customer>(m_db.connection(), kSelect + QStringLiteral(" WHERE ") + condition,
                                   {value}, customerFrom);
}

Result<std::optional<Customer>> CustomerRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<Customer>> CustomerRepository::findByExternalId(const QString& externalId) const
{
    return findWhere(QStringLiteral("external_id = ?"), externalId);
}

Status CustomerRepository::setChurned(qint64 id, const QDateTime& churnedAt)
{
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE customers SET churned_at = ?, version = version + 1 WHERE id = ?"),
                    {sql::instant(churnedAt), id});
}

Status CustomerRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
}

Result<qint64> CustomerRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace rapport::core
