#include "services/CustomerService.h"

#include "storage/CustomerListStore.h"
#include "storage/CustomerRepository.h"
#include "storage/CustomerSnapshotStore.h"
#include "storage/Database.h"
#include "storage/DrillDownStore.h"

namespace rapport::core {

Status CustomerService::insert(Customer& customer)
{
    return CustomerRepository(m_db).insert(customer);
}

Status CustomerService::update(const Customer& customer)
{
    return CustomerRepository(m_db).update(customer);
}

Result<std::optional<Customer>> CustomerService::find(qint64 id) const
{
    return CustomerRepository(m_db).find(id);
}

Result<std::optional<Customer>> CustomerService::findByExternalId(const QString& externalId) const
{
    return CustomerRepository(m_db).findByExternalId(externalId);
}

Result<CustomerSnapshot> CustomerService::removeCapturing(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto snapshot = CustomerSnapshotStore(m_db).capture(id);
    if (!snapshot)
        return snapshot.error();
    if (Status s = CustomerRepository(m_db).remove(id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return snapshot;
}

Status CustomerService::restore(const CustomerSnapshot& snapshot)
{
    return CustomerSnapshotStore(m_db).restore(snapshot);
}

Result<QStringList> CustomerService::segments() const
{
    return CustomerListStore(m_db).segments();
}

Result<QStringList> CustomerService::scopeSegments() const
{
    return DrillDownStore(m_db).segments();
}

} // namespace rapport::core
