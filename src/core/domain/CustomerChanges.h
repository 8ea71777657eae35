#pragma once

#include "domain/Customer.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The fields of a customer a person edits, for comparing two versions field by field.
enum class CustomerField {
    ExternalId,
    Name,
    Company,
    Email,
    Phone,
    Segment,
    Owner,
    AcquiredAt,
    ChurnedAt,
    ChurnReason,
    ReturnedAt
};

// The fields in which `a` and `b` differ, in the order above.
std::vector<CustomerField> changedFields(const Customer& a, const Customer& b);
bool sameField(const Customer& a, const Customer& b, CustomerField field);
void copyField(CustomerField field, const Customer& from, Customer& to);
// The field's value as a person reads it (an instant as ISO 8601 UTC; empty: no value).
QString fieldText(const Customer& customer, CustomerField field);
// The field's column name of interchange.md ("external_id", "acquired_at").
QString fieldKey(CustomerField field);

// A save that lost the race: someone else stored `theirs`, which gives other values to
// `fields`, fields the save changes too.
struct CustomerConflict
{
    Customer theirs;
    std::vector<CustomerField> fields;
};

// How a save went: written (`saved` holds the stored customer with its new version; `merged`
// when someone else's changes to other fields were kept), or refused with a conflict.
struct CustomerSave
{
    std::optional<Customer> saved;
    bool merged = false;
    std::optional<CustomerConflict> conflict;
};

} // namespace rapport::core
