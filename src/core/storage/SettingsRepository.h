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
    // Changes `key` from `expected` to `value` only while it still holds `expected`; an empty
    // string on either side means "not set" (so an empty `value` removes the key). When someone
    // else changed it since it was read: an Error of kind Conflict naming `what`, and nothing
    // written. The check and the write are one statement, so two writers cannot both pass it.
    // Asking for no change (`expected` == `value`) writes and checks nothing.
    Status replaceValue(const QString& key, const QString& expected, const QString& value,
                        const QString& what);

private:
    Database& m_db;
};

} // namespace rapport::core
