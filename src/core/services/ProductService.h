#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "domain/ProductChanges.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The product catalogue as the Products page, the log dialog's completion and the plan editor
// use it. Products with history are retired, not deleted.
class ProductService
{
public:
    explicit ProductService(Database& db) : m_db(db) {}

    // By name; retired ones too when asked.
    Result<std::vector<Product>> list(bool withRetired = true) const;
    Result<std::optional<Product>> find(qint64 id) const;
    Result<std::optional<Product>> findByExternalId(const QString& externalId) const;
    // Trims the fields, checks them and stores a new product; answers it with id and version.
    // A taken external id is a Conflict naming the product that has it.
    Result<Product> add(Product product);
    // Writes the fields of a product read earlier; a Conflict when someone changed it since.
    Result<Product> update(Product product);
    // Applies the edit `from` -> `to` to the product as stored now: the fields the edit changed
    // take `to`'s values, the others keep what someone else may have saved meanwhile. When
    // someone else gave a changed field another value, nothing is written and the answer holds
    // the conflict, field by field. Undo passes the edit reversed.
    Result<ProductSave> change(const Product& from, const Product& to);
    // Retires (false) or brings back (true) a product; same versioning as update().
    Result<Product> setActive(Product product, bool active);
    // Removes a product no interaction names: the undo of add(). Refuses one with history.
    Status remove(qint64 id);
    // Puts back a product remove() took, with its id: the redo of adding it.
    Status restore(const Product& product);
    // How many interactions name the product (the page shows it; retire rather than delete).
    Result<qint64> interactionCount(qint64 id) const;

private:
    Status check(Product& product) const;

    Database& m_db;
};

} // namespace rapport::core
