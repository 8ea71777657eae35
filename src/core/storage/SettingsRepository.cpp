#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    return sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {key, value});
}

Status SettingsRepository::remove(const QString& key)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

} // namespace rapport::core
