#include "storage/CustomerRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

namespace rapport::core {
namespace {

// returned_at is no column of the interchange files (kCustomerColumns): the import and the
// export leave it alone, so it follows the version here.
const QString kSelect =
    tables::text(tables::selectVersionedSql(tables::kCustomers))
        .replace(QStringLiteral(", version FROM"), QStringLiteral(", version, returned_at FROM"));
const QString kInsert =
    tables::text(tables::insertSql(tables::kCustomers))
        .replace(QStringLiteral(") VALUES ("), QStringLiteral(", returned_at) VALUES (?, "));
const QString kUpdate = tables::text(tables::versionedUpdateSql(tables::kCustomers))
                            .replace(QStringLiteral(", version = version + 1"),
                                     QStringLiteral(", returned_at = ?, version = version + 1"));

// The columns in the order of kCustomerColumns, then returned_at.
QVariantList fieldValues(const Customer& c)
{
    return {c.externalId,
            c.name,
            sql::text(c.company),
            sql::text(c.email),
            sql::text(c.phone),
            sql::text(c.segment),
            sql::text(c.owner),
            sql::instant(c.acquiredAt),
            sql::instant(c.churnedAt),
            c.churnedAt.isValid() ? sql::text(c.churnReason) : QVariant(),
            c.churnedAt.isValid() ? sql::instant(c.returnedAt) : QVariant()};
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
    c.churnReason = q.value(10).toString();
    c.version = q.value(11).toLongLong();
    c.returnedAt = sql::instantFrom(q.value(12));
    return c;
}

} // namespace

Status CustomerRepository::insert(Customer& customer)
{
    auto q = sql::prepareInsert(m_db.connection(), kInsert);
    if (!q)
        return q.error();
    for (const QVariant& v : fieldValues(customer))
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s;
    customer.id = sql::insertedId(*q);
    customer.version = 1;
    return {};
}

Status CustomerRepository::update(Customer& customer)
{
    QVariantList values = fieldValues(customer);
    values.push_back(customer.id);
    auto written = sql::runVersioned(m_db.connection(), kUpdate, values, customer.version,
                                     QStringLiteral("the customer %1").arg(customer.name));
    if (!written)
        return written.error();
    customer.version = *written;
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

Status CustomerRepository::remove(qint64 id, std::optional<qint64> version)
{
    if (!version)
        return sql::run(m_db.connection(), QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
    return sql::runChangingOneRow(m_db.connection(),
                                  QStringLiteral("DELETE FROM customers WHERE id = ? AND version = ?"),
                                  {id, *version}, QStringLiteral("the customer"));
}

Result<std::optional<QDateTime>> CustomerRepository::firstPurchaseAfter(qint64 customerId,
                                                                        const QDateTime& after) const
{
    // Index interactions_purchase_customer: (customer_id, occurred_at, amount_cents), purchases.
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT min(occurred_at) FROM interactions WHERE customer_id = ?"
                                        " AND kind = 'purchase' AND amount_cents >= 0 AND occurred_at > ?"),
                         {customerId, sql::instant(after)});
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(sql::instantFrom(*v));
}

Result<std::vector<PastChurn>> CustomerRepository::pastChurns(qint64 customerId) const
{
    return sql::queryAll<PastChurn>(
        m_db.connection(),
        QStringLiteral("SELECT churned_at, churn_reason, returned_at FROM past_churns WHERE customer_id = ?"
                       " ORDER BY churned_at"),
        {customerId}, [](const QSqlQuery& q) {
            return PastChurn{sql::instantFrom(q.value(0)), q.value(1).toString(),
                             sql::instantFrom(q.value(2))};
        });
}

Result<qint64> CustomerRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace rapport::core
