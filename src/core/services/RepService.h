#pragma once

#include "common/Result.h"
#include "domain/Rep.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The reps a screen offers and names (sign-in, owners, scope pickers).
class RepService
{
public:
    explicit RepService(Database& db) : m_db(db) {}

    Result<std::vector<Rep>> list() const;
    Result<std::optional<Rep>> find(const QString& id) const;

private:
    Database& m_db;
};

} // namespace rapport::core
