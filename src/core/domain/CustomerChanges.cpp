#include "domain/CustomerChanges.h"

namespace rapport::core {
namespace {

constexpr CustomerField kAllFields[] = {
    CustomerField::ExternalId,  CustomerField::Name,       CustomerField::Company,
    CustomerField::Email,       CustomerField::Phone,      CustomerField::Segment,
    CustomerField::Owner,       CustomerField::AcquiredAt, CustomerField::ChurnedAt,
    CustomerField::ChurnReason, CustomerField::ReturnedAt,
};

QString instantText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool sameField(const Customer& a, const Customer& b, CustomerField field)
{
    switch (field) {
    case CustomerField::ExternalId:
        return a.externalId == b.externalId;
    case CustomerField::Name:
        return a.name == b.name;
    case CustomerField::Company:
        return a.company == b.company;
    case CustomerField::Email:
        return a.email == b.email;
    case CustomerField::Phone:
        return a.phone == b.phone;
    case CustomerField::Segment:
        return a.segment == b.segment;
    case CustomerField::Owner:
        return a.owner == b.owner;
    case CustomerField::AcquiredAt:
        return a.acquiredAt == b.acquiredAt;
    case CustomerField::ChurnedAt:
        return a.churnedAt == b.churnedAt;
    case CustomerField::ChurnReason:
        return a.churnReason == b.churnReason;
    case CustomerField::ReturnedAt:
        break;
    }
    return a.returnedAt == b.returnedAt;
}

std::vector<CustomerField> changedFields(const Customer& a, const Customer& b)
{
    std::vector<CustomerField> changed;
    for (CustomerField f : kAllFields) {
        if (!sameField(a, b, f))
            changed.push_back(f);
    }
    return changed;
}

void copyField(CustomerField field, const Customer& from, Customer& to)
{
    switch (field) {
    case CustomerField::ExternalId:
        to.externalId = from.externalId;
        return;
    case CustomerField::Name:
        to.name = from.name;
        return;
    case CustomerField::Company:
        to.company = from.company;
        return;
    case CustomerField::Email:
        to.email = from.email;
        return;
    case CustomerField::Phone:
        to.phone = from.phone;
        return;
    case CustomerField::Segment:
        to.segment = from.segment;
        return;
    case CustomerField::Owner:
        to.owner = from.owner;
        return;
    case CustomerField::AcquiredAt:
        to.acquiredAt = from.acquiredAt;
        return;
    case CustomerField::ChurnedAt:
        to.churnedAt = from.churnedAt;
        return;
    case CustomerField::ChurnReason:
        to.churnReason = from.churnReason;
        return;
    case CustomerField::ReturnedAt:
        to.returnedAt = from.returnedAt;
        return;
    }
}

QString fieldText(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::ExternalId:
        return c.externalId;
    case CustomerField::Name:
        return c.name;
    case CustomerField::Company:
        return c.company;
    case CustomerField::Email:
        return c.email;
    case CustomerField::Phone:
        return c.phone;
    case CustomerField::Segment:
        return c.segment;
    case CustomerField::Owner:
        return c.owner;
    case CustomerField::AcquiredAt:
        return instantText(c.acquiredAt);
    case CustomerField::ChurnedAt:
        return instantText(c.churnedAt);
    case CustomerField::ChurnReason:
        return c.churnReason;
    case CustomerField::ReturnedAt:
        break;
    }
    return instantText(c.returnedAt);
}

QString fieldKey(CustomerField field)
{
    static const char* const keys[] = {"external_id", "name",         "company",    "email",
                                       "phone",       "segment",      "owner",      "acquired_at",
                                       "churned_at",  "churn_reason", "returned_at"};
    return QString::fromLatin1(keys[static_cast<int>(field)]);
}

} // namespace rapport::core
