#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class ProductRepository
{
public:
    explicit ProductRepository(Database& db) : m_db(db) {}

    // Stores a new product and sets its id and version.
    Status insert(Product& product);
    // Writes every field if the stored row still has `product.version` (else a Conflict error);
    // answers the new version.
    Result<qint64> update(const Product& product);
    Result<std::optional<Product>> find(qint64 id) const;
    // Compared as stored: external ids are case-sensitive keys, like a customer's.
    Result<std::optional<Product>> findByExternalId(const QString& externalId) const;
    // By name; retired products too when asked.
    Result<std::vector<Product>> list(bool withRetired) const;
    // How many interactions name the product.
    Result<qint64> interactionCount(qint64 id) const;
    // Puts back a removed product with its id and version (the redo of adding it).
    Status restore(const Product& product);
    // Only a product no interaction names can go (the foreign key refuses the others).
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace rapport::core
