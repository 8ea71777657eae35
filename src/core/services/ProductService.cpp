#include "services/ProductService.h"

#include "services/FieldMerge.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::core::ProductService", text);
}

} // namespace

Result<std::vector<Product>> ProductService::list(bool withRetired) const
{
    return ProductRepository(m_db).list(withRetired);
}

Result<std::optional<Product>> ProductService::find(qint64 id) const
{
    return ProductRepository(m_db).find(id);
}

Result<std::optional<Product>> ProductService::findByExternalId(const QString& externalId) const
{
    return ProductRepository(m_db).findByExternalId(externalId.trimmed());
}

Status ProductService::check(Product& product) const
{
    product.externalId = product.externalId.trimmed();
    product.name = product.name.simplified();
    product.category = product.category.simplified();
    if (product.externalId.isEmpty())
        return Error::make(tr("A product needs an id."));
    if (product.name.isEmpty())
        return Error::make(tr("A product needs a name."));
    auto holder = ProductRepository(m_db).findByExternalId(product.externalId);
    if (!holder)
        return holder.error();
    if (holder->has_value() && (*holder)->id != product.id) {
        Error taken = Error::make(
            tr("The product id %1 already belongs to %2.").arg(product.externalId, (*holder)->name));
        taken.kind = ErrorKind::Conflict;
        return taken;
    }
    return {};
}

Result<Product> ProductService::add(Product product)
{
    product.id = 0;
    if (Status s = check(product); !s)
        return s.error();
    if (Status s = ProductRepository(m_db).insert(product); !s)
        return s.error();
    return product;
}

Result<Product> ProductService::update(Product product)
{
    if (Status s = check(product); !s)
        return s.error();
    auto version = ProductRepository(m_db).update(product);
    if (!version)
        return version.error();
    product.version = *version;
    return product;
}

Result<ProductSave> ProductService::change(const Product& from, const Product& to)
{
    return mergeFields<ProductSave>(
        from, to, [&] { return find(to.id); },
        // A taken external id is a conflict of its own.
        [this](Product& target) { return check(target); },
        [this](Product& target, ProductSave&) -> Status {
            auto version = ProductRepository(m_db).update(target);
            if (!version)
                return version.error();
            target.version = *version;
            return {};
        },
        QCoreApplication::translate("rapport::core::ProductService",
                                    "Someone else removed the product %1; nothing was written")
            .arg(to.name),
        QCoreApplication::translate("rapport::core::ProductService",
                                    "The product %1 keeps changing under this save; nothing "
                                    "was written. Try again in a moment")
            .arg(to.name));
}

Result<Product> ProductService::setActive(Product product, bool active)
{
    product.active = active;
    auto version = ProductRepository(m_db).update(product);
    if (!version)
        return version.error();
    product.version = *version;
    return product;
}

Status ProductService::remove(qint64 id)
{
    ProductRepository products(m_db);
    auto used = products.interactionCount(id);
    if (!used)
        return used.error();
    if (*used > 0)
        return Error::make(tr("Interactions name this product, so it keeps its history: retire it instead."));
    return products.remove(id);
}

Status ProductService::restore(const Product& product)
{
    return ProductRepository(m_db).restore(product);
}

Result<qint64> ProductService::interactionCount(qint64 id) const
{
    return ProductRepository(m_db).interactionCount(id);
}

} // namespace rapport::core
