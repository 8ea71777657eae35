#include "storage/RepRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

Rep repFrom(const QSqlQuery& q)
{
    return Rep{q.value(0).toString(), q.value(1).toString(),
               repRoleFromString(q.value(2).toString()).value_or(RepRole::Rep)};
}

Status write(Database& db, const QString& statement, const Rep& rep)
{
    auto q = sql::prepare(db.connection(), statement);
    if (!q)
        return q.error();
    q->addBindValue(rep.id);
    q->addBindValue(rep.name);
    q->addBindValue(toString(rep.role));
    return sql::exec(*q);
}

} // namespace

Status RepRepository::insert(const Rep& rep)
{
    return write(m_db, QStringLiteral("INSERT INTO reps (id, name, role) VALUES (?, ?, ?)"), rep);
}

Status RepRepository::upsert(const Rep& rep)
{
    return write(m_db,
                 QStringLiteral("INSERT INTO reps (id, name, role) VALUES (?, ?, ?)"
                                " ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role"),
                 rep);
}

Status RepRepository::ensureExists(const QString& id)
{
    return sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO reps (id, name, role) VALUES (?, ?, 'rep') ON CONFLICT(id) DO NOTHING"),
        {id, id});
}

Result<std::optional<Rep>> RepRepository::find(const QString& id) const
{
    return sql::queryOne<Rep>(m_db.connection(),
                              QStringLiteral("SELECT id, name, role FROM reps WHERE id = ?"), {id}, repFrom);
}

Result<std::vector<Rep>> RepRepository::list() const
{
    return sql::queryAll<Rep>(
        m_db.connection(), QStringLiteral("SELECT id, name, role FROM reps ORDER BY name, id"), {}, repFrom);
}

Status RepRepository::remove(const QString& id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM reps WHERE id = ?"), {id});
}

} // namespace rapport::core
