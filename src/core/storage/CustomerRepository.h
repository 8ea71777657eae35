#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/PastChurn.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    // Stores a new customer and sets its id.
    Status insert(Customer& customer);
    // Writes the customer over the stored one if that one still has `customer.version`, and
    // raises the version (customer.version follows). Otherwise nothing is written and the
    // error's kind is ErrorKind::Conflict: someone else changed or removed the customer.
    Status update(Customer& customer);
    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByExternalId(const QString& externalId) const;
    // With `version`: only if the customer still has it, else a Conflict (nothing deleted).
    Status remove(qint64 id, std::optional<qint64> version = std::nullopt);
    Result<qint64> count() const;
    // The time of the customer's first purchase (amount >= 0) after `after`, if any.
    Result<std::optional<QDateTime>> firstPurchaseAfter(qint64 customerId, const QDateTime& after) const;
    // The customer's earlier churns, oldest first (past_churns; none for most customers).
    Result<std::vector<PastChurn>> pastChurns(qint64 customerId) const;

private:
    Result<std::optional<Customer>> findWhere(const QString& condition, const QVariant& value) const;
    Database& m_db;
};

} // namespace rapport::core
