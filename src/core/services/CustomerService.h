#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerSnapshot.h"

#include <QStringList>
#include <optional>

namespace rapport::core {

class Database;

// The writes and look-ups of customers that the screens and their undo commands make.
class CustomerService
{
public:
    explicit CustomerService(Database& db) : m_db(db) {}

    // Stores a new customer and sets its id.
    Status insert(Customer& customer);
    Status update(const Customer& customer);
    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByExternalId(const QString& externalId) const;
    // Deletes a customer with its interactions, survey responses and follow-ups in one
    // transaction, and returns all of it for restore().
    Result<CustomerSnapshot> removeCapturing(qint64 id);
    // Puts a removed customer back with the same ids, in one transaction.
    Status restore(const CustomerSnapshot& snapshot);
    // Distinct segments, for the customer list's filter and the customer dialog.
    Result<QStringList> segments() const;
    // Distinct non-empty segments, by name, as the scope pickers (dashboard, goals) offer them.
    Result<QStringList> scopeSegments() const;

private:
    Database& m_db;
};

} // namespace rapport::core
