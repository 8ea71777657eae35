#include "domain/ProductChanges.h"

namespace rapport::core {

bool sameField(const Product& a, const Product& b, ProductField field)
{
    switch (field) {
    case ProductField::ExternalId:
        return a.externalId == b.externalId;
    case ProductField::Name:
        return a.name == b.name;
    case ProductField::Category:
        return a.category == b.category;
    case ProductField::Active:
        break;
    }
    return a.active == b.active;
}

std::vector<ProductField> changedFields(const Product& a, const Product& b)
{
    std::vector<ProductField> changed;
    for (ProductField f :
         {ProductField::ExternalId, ProductField::Name, ProductField::Category, ProductField::Active}) {
        if (!sameField(a, b, f))
            changed.push_back(f);
    }
    return changed;
}

void copyField(ProductField field, const Product& from, Product& to)
{
    switch (field) {
    case ProductField::ExternalId:
        to.externalId = from.externalId;
        return;
    case ProductField::Name:
        to.name = from.name;
        return;
    case ProductField::Category:
        to.category = from.category;
        return;
    case ProductField::Active:
        to.active = from.active;
        return;
    }
}

} // namespace rapport::core
