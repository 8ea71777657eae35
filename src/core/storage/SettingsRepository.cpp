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

Status SettingsRepository::replaceValue(const QString& key, const QString& expected, const QString& value,
                                        const QString& what)
{
    const QSqlDatabase& conn = m_db.connection();
    if (expected == value)
        return {}; // no change asked for
    if (expected.isEmpty())
        return sql::runChangingOneRow(
            conn,
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ") +
                QString::fromLatin1(SqlDialect::of(conn.driver()).onConflictDoNothing("key")),
            {key, value}, what);
    if (value.isEmpty())
        return sql::runChangingOneRow(
            conn, QStringLiteral("DELETE FROM settings WHERE key = ? AND value = ?"), {key, expected}, what);
    return sql::runChangingOneRow(conn,
                                  QStringLiteral("UPDATE settings SET value = ? WHERE key = ? AND value = ?"),
                                  {value, key, expected}, what);
}

Status SettingsRepository::remove(const QString& key)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

} // namespace rapport::core
