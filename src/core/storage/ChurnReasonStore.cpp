#include "storage/ChurnReasonStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

// Listed reasons with no customer count 0; reasons in use but not listed count as unlisted.
// Index customers_churn_reason (schema 11) holds only the customers with a reason.
// An earlier churn of a customer who left again (past_churns) counts as one more departure.
const QString kList =
    QStringLiteral("SELECT key, sum(customers), max(listed) FROM ("
                   " SELECT churn_reason AS key, count(*) AS customers, 0 AS listed FROM customers"
                   "  WHERE churn_reason IS NOT NULL GROUP BY churn_reason"
                   " UNION ALL SELECT churn_reason, count(*), 0 FROM past_churns"
                   "  WHERE churn_reason IS NOT NULL GROUP BY churn_reason"
                   " UNION ALL SELECT key, 0, 1 FROM churn_reasons) reasons");

ChurnReason reasonFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() != 0};
}

// Big enough for a whole team's merge in a few statements, well under SQLite's limit of bound
// values (32,766) and the server's (65,535).
constexpr std::size_t kIdsPerStatement = 500;

} // namespace

Result<std::vector<ChurnReason>> ChurnReasonStore::list() const
{
    return sql::queryAll<ChurnReason>(
        m_db.connection(), kList + QStringLiteral(" GROUP BY key ORDER BY sum(customers) DESC, key"), {},
        reasonFrom);
}

Result<std::optional<ChurnReason>> ChurnReasonStore::find(const QString& key) const
{
    auto found = sql::queryOne<ChurnReason>(
        m_db.connection(),
        QStringLiteral("SELECT ?, (SELECT count(*) FROM customers WHERE churn_reason = ?)"
                       " + (SELECT count(*) FROM past_churns WHERE churn_reason = ?),"
                       " (SELECT count(*) FROM churn_reasons WHERE key = ?)"),
        {key, key, key, key}, reasonFrom);
    if (found && *found && (*found)->customers == 0 && !(*found)->listed)
        return std::optional<ChurnReason>();
    return found;
}

Status ChurnReasonStore::addToList(const QString& key)
{
    return sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO churn_reasons (key) VALUES (?) ON CONFLICT DO NOTHING"),
                    {key});
}

Status ChurnReasonStore::removeFromList(const QString& key)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM churn_reasons WHERE key = ?"), {key});
}

Result<std::vector<qint64>> ChurnReasonStore::customersWith(const QString& key) const
{
    return idsWith(QStringLiteral("customers"), key);
}

Result<std::vector<qint64>> ChurnReasonStore::pastChurnsWith(const QString& key) const
{
    return idsWith(QStringLiteral("past_churns"), key);
}

Result<std::vector<qint64>> ChurnReasonStore::idsWith(const QString& table, const QString& key) const
{
    return sql::queryAll<qint64>(
        m_db.connection(), QStringLiteral("SELECT id FROM %1 WHERE churn_reason = ? ORDER BY id").arg(table),
        {key}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Status ChurnReasonStore::moveCustomers(const QString& from, const QString& to,
                                       const std::optional<std::vector<qint64>>& only)
{
    return move(
        QStringLiteral("UPDATE customers SET churn_reason = ?, version = version + 1 WHERE churn_reason = ?"),
        from, to, only);
}

Status ChurnReasonStore::movePastChurns(const QString& from, const QString& to,
                                        const std::optional<std::vector<qint64>>& only)
{
    return move(QStringLiteral("UPDATE past_churns SET churn_reason = ? WHERE churn_reason = ?"), from, to,
                only);
}

Status ChurnReasonStore::move(const QString& update, const QString& from, const QString& to,
                              const std::optional<std::vector<qint64>>& only)
{
    if (!only)
        return sql::run(m_db.connection(), update, {to, from});
    for (std::size_t first = 0; first < only->size(); first += kIdsPerStatement) {
        const std::size_t n = std::min(kIdsPerStatement, only->size() - first);
        QVariantList values{to, from};
        QStringList marks;
        for (std::size_t i = first; i < first + n; ++i) {
            values << (*only)[i];
            marks << QStringLiteral("?");
        }
        if (Status s = sql::run(m_db.connection(),
                                update + QStringLiteral(" AND id IN (") + marks.join(QLatin1Char(',')) +
                                    QLatin1Char(')'),
                                values);
            !s)
            return s;
    }
    return {};
}

} // namespace rapport::core
