#include "services/CustomerService.h"

#include "services/FieldMerge.h"
#include "storage/CustomerListStore.h"
#include "storage/CustomerRepository.h"
#include "storage/CustomerSnapshotStore.h"
#include "storage/Database.h"
#include "storage/DrillDownStore.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rapport::core {

Status CustomerService::insert(Customer& customer)
{
    return CustomerRepository(m_db).insert(customer);
}

Status CustomerService::update(Customer& customer)
{
    return CustomerRepository(m_db).update(customer);
}

Result<CustomerSave> CustomerService::change(const Customer& from, const Customer& to, TimelineNote note)
{
    if (!note.add && note.remove == 0)
        return changeFields(from, to);
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto saved = changeFields(from, to);
    if (!saved || saved->conflict)
        return saved; // nothing written: the transaction rolls back empty
    InteractionRepository interactions(m_db);
    if (note.remove != 0)
        if (Status s = interactions.remove(note.remove); !s)
            return s.error();
    if (note.add) {
        note.add->id = 0;
        note.add->customerId = to.id;
        if (Status s = interactions.insert(*note.add); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<CustomerSave> CustomerService::changeFields(const Customer& from, const Customer& to)
{
    CustomerRepository customers(m_db);
    return mergeFields<CustomerSave>(
        from, to, [&] { return customers.find(to.id); },
        [&](Customer& target, CustomerSave&) { return customers.update(target); },
        QCoreApplication::translate("CustomerService",
                                    "Someone else removed the customer %1; nothing was written")
            .arg(to.name),
        QCoreApplication::translate("CustomerService",
                                    "The customer %1 keeps changing under this save; nothing was written. "
                                    "Try again in a moment")
            .arg(to.name));
}

Result<std::optional<Customer>> CustomerService::returnOffer(qint64 customerId,
                                                             const QDateTime& purchaseAt) const
{
    auto found = CustomerRepository(m_db).find(customerId);
    if (!found)
        return found.error();
    if (!*found || !(*found)->isChurned())
        return std::optional<Customer>();
    // won_back counts purchases at t > churned_at; one at the churn instant or before it is
    // a late entry of the old relationship, not a return.
    if (purchaseAt.isValid() && purchaseAt <= (*found)->churnedAt)
        return std::optional<Customer>();
    return found;
}

Result<QDateTime> CustomerService::returnTime(const Customer& churned, const QDateTime& now) const
{
    if (!churned.churnedAt.isValid())
        return now;
    auto first = CustomerRepository(m_db).firstPurchaseAfter(churned.id, churned.churnedAt);
    if (!first)
        return first.error();
    if (*first)
        return **first;
    return std::max(now, churned.churnedAt);
}

Result<CustomerSave> CustomerService::markReturned(const Customer& churned, const QDateTime& at)
{
    return change(churned, markedReturned(churned, at));
}

Result<std::optional<Customer>> CustomerService::find(qint64 id) const
{
    return CustomerRepository(m_db).find(id);
}

Result<std::optional<Customer>> CustomerService::findByExternalId(const QString& externalId) const
{
    return CustomerRepository(m_db).findByExternalId(externalId);
}

Result<std::vector<PastChurn>> CustomerService::pastChurns(qint64 id) const
{
    return CustomerRepository(m_db).pastChurns(id);
}

Result<CustomerSnapshot> CustomerService::removeCapturing(qint64 id, std::optional<qint64> expectedVersion)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (expectedVersion) {
        // Read inside the write transaction: on a file nobody writes between this and the
        // delete; on the server the delete below is conditional on the version as well.
        auto current = CustomerRepository(m_db).find(id);
        if (!current)
            return current.error();
        if (!*current || (*current)->version != *expectedVersion) {
            Error e = Error::make(
                *current ? QCoreApplication::translate(
                               "CustomerService", "Someone else changed the customer %1 since you opened "
                                                  "them; nothing was deleted. Look at them again first")
                               .arg((*current)->name)
                         : QCoreApplication::translate("CustomerService",
                                                       "Someone else deleted this customer already"));
            e.kind = ErrorKind::Conflict;
            return e;
        }
    }
    auto snapshot = CustomerSnapshotStore(m_db).capture(id);
    if (!snapshot)
        return snapshot.error();
    if (Status s = CustomerRepository(m_db).remove(id, expectedVersion); !s)
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
