#include "storage/ProductRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

#include <algorithm>

namespace rapport::core {
namespace {

const QString kSelect = tables::text(tables::selectVersionedSql(tables::kProducts));
const QString kInsert = tables::text(tables::insertSql(tables::kProducts));
const QString kUpdate = tables::text(tables::versionedUpdateSql(tables::kProducts));

QVariantList fields(const Product& p)
{
    return {p.externalId, p.name, sql::text(p.category), p.active ? 1 : 0};
}

Product productFrom(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.externalId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.active = q.value(4).toLongLong() != 0;
    p.version = q.value(5).toLongLong();
    return p;
}

} // namespace

Status ProductRepository::insert(Product& product)
{
    auto q = sql::prepareInsert(m_db.connection(), kInsert);
    if (!q)
        return q.error();
    for (const QVariant& v : fields(product))
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s;
    product.id = sql::insertedId(*q);
    product.version = 1;
    return {};
}

Status ProductRepository::restore(const Product& product)
{
    QVariantList values{product.id};
    values += fields(product);
    values.push_back(std::max<qint64>(product.version, 1));
    return sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO products (") +
                        tables::text(tables::columnList(tables::kProducts, tables::RowId::Included)) +
                        QStringLiteral(", version) VALUES (?, ?, ?, ?, ?, ?)"),
                    values);
}

Result<qint64> ProductRepository::update(const Product& product)
{
    QVariantList values = fields(product);
    values.append(product.id);
    return sql::runVersioned(m_db.connection(), kUpdate, values, product.version,
                             QStringLiteral("the product %1").arg(product.name));
}

Result<std::optional<Product>> ProductRepository::find(qint64 id) const
{
    return sql::queryOne<Product>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id},
                                  productFrom);
}

Result<std::optional<Product>> ProductRepository::findByExternalId(const QString& externalId) const
{
    return sql::queryOne<Product>(m_db.connection(), kSelect + QStringLiteral(" WHERE external_id = ?"),
                                  {externalId}, productFrom);
}

Result<std::vector<Product>> ProductRepository::list(bool withRetired) const
{
    return sql::queryAll<Product>(m_db.connection(),
                                  kSelect + (withRetired ? QString() : QStringLiteral(" WHERE active = 1")) +
                                      QStringLiteral(" ORDER BY lower(name), external_id"),
                                  {}, productFrom);
}

Result<qint64> ProductRepository::interactionCount(qint64 id) const
{
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT count(*) FROM interactions WHERE product_id = ?"), {id});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ProductRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM products WHERE id = ?"), {id});
}

} // namespace rapport::core
