#pragma once

#include "domain/Product.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The fields of a product a manager edits, for comparing two versions field by field (as
// CustomerChanges does for customers).
enum class ProductField { ExternalId, Name, Category, Active };

// The fields in which `a` and `b` differ, in the order above.
std::vector<ProductField> changedFields(const Product& a, const Product& b);
bool sameField(const Product& a, const Product& b, ProductField field);
void copyField(ProductField field, const Product& from, Product& to);

// A save that lost the race: someone else stored `theirs`, which gives other values to
// `fields`, fields the save changes too.
struct ProductConflict
{
    Product theirs;
    std::vector<ProductField> fields;
};

// How a save went: written (`saved`, with its new version), or refused with a conflict.
struct ProductSave
{
    std::optional<Product> saved;
    std::optional<ProductConflict> conflict;
};

} // namespace rapport::core
