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
    Result<std::optional<Interaction>> find(qint64 id) const;
    // Newest first.
    Result<std::vector<Interaction>> forCustomer(qint64 customerId, int limit = 500) const;
    // Sets (an invalid time: clears) when the complaint was resolved, if it still has `version`
    // (else a Conflict error); answers its new version.
    Result<qint64> setResolved(qint64 id, qint64 version, const QDateTime& resolvedAt);
    Status remove(qint64 id);
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace rapport::core
