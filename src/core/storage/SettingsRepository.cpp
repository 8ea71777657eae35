#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

namespace rapport::core {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto v =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    static constexpr const char* kValue[] = {"value"};
    const SqlDialect& dialect = SqlDialect::of(m_db.connection().driver());
    return sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ") +
                        QString::fromLatin1(dialect.onConflictUpdate("key", kValue)),
                    {key, value});
}

Status SettingsRepository::remove(const QString& key)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

} // namespace rapport::core
