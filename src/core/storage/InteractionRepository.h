#pragma once

#include "common/Result.h"
#include "domain/Interaction.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class InteractionRepository
{
public:
    explicit InteractionRepository(Database& db) : m_db(db) {}

    // Stores a new interaction and sets its id.
    Status insert(Interaction& interaction);
    Status update(const Interaction& interaction);
    Result<std::optional<Interaction>> find(qint64 id) const;
    // Newest first.
    Result<std::vector<Interaction>> forCustomer(qint64 customerId, int limit = 500) const;
    Status setResolved(qint64 id, const QDateTime& resolvedAt);
    Status remove(qint64 id);
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace rapport::core
