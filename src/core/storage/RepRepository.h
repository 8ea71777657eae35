#pragma once

#include "common/Result.h"
#include "domain/Rep.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class RepRepository
{
public:
    explicit RepRepository(Database& db) : m_db(db) {}

    Status insert(const Rep& rep);
    // Inserts the rep or, when its id exists, updates name and role.
    Status upsert(const Rep& rep);
    // Creates a rep named after its id unless it exists (interchange.md: unknown owners).
    Status ensureExists(const QString& id);
    Result<std::optional<Rep>> find(const QString& id) const;
    Result<std::vector<Rep>> list() const;
    Status remove(const QString& id);

private:
    Database& m_db;
};

} // namespace rapport::core
