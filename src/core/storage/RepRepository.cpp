#include "storage/RepRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Tables.h"

namespace rapport::core {
namespace {

// The rep's id is its key: the statements read and write the columns of Tables.h only.
const QString kSelect = QStringLiteral("SELECT ") + tables::text(tables::columnList(tables::kReps)) +
                        QStringLiteral(" FROM reps");
const QString kInsert = tables::text(tables::insertSql(tables::kReps));

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
    return write(m_db, kInsert, rep);
}

Status RepRepository::upsert(const Rep& rep)
{
    const SqlDialect& dialect = SqlDialect::of(m_db.connection().driver());
    const std::span<const char* const> values = std::span(tables::kRepColumns).subspan(tables::rep::Name);
    return write(m_db, kInsert + QLatin1Char(' ') + tables::text(dialect.onConflictUpdate("id", values)),
                 rep);
}

Status RepRepository::ensureExists(const QString& id)
{
    // A new rep is named after its id until someone names it.
    const SqlDialect& dialect = SqlDialect::of(m_db.connection().driver());
    return sql::run(m_db.connection(),
                    kInsert + QLatin1Char(' ') + tables::text(dialect.onConflictDoNothing("id")),
                    {id, id, toString(RepRole::Rep)});
}

Result<std::optional<Rep>> RepRepository::find(const QString& id) const
{
    return sql::queryOne<Rep>(m_db.connection(), kSelect + QStringLiteral(" WHERE id = ?"), {id}, repFrom);
}

Result<std::vector<Rep>> RepRepository::list() const
{
    return sql::queryAll<Rep>(m_db.connection(), kSelect + QStringLiteral(" ORDER BY name, id"), {}, repFrom);
}

Status RepRepository::remove(const QString& id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM reps WHERE id = ?"), {id});
}

} // namespace rapport::core
