#pragma once

#include "common/Result.h"

#include <QString>

namespace rapport::core {

class Database;

// Settings that belong to a database (shared by everyone who opens it), such as the
// follow-up window. Per-user preferences live in QSettings instead.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);

private:
    Database& m_db;
};

} // namespace rapport::core
