#include "storage/CustomerListStore.h"

#include "storage/Database.h"
#include "storage/ListExport.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

const QString kSelect =
    QStringLiteral("SELECT c.id, c.name, c.company, c.email, c.segment, c.owner, r.name, c.acquired_at,"
                   " CASE WHEN c.returned_at IS NULL THEN c.churned_at END"
                   " FROM customers c LEFT JOIN reps r ON r.id = c.owner");

// Churned now: gone and not back (schema 10). A customer who came back is active again.
const QString kChurnedNow = QStringLiteral("(c.churned_at IS NOT NULL AND c.returned_at IS NULL)");

// `%text%` with LIKE's wildcards escaped, so a search for "50%" finds exactly that.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    QString pattern;
    pattern.reserve(escaped.size() + 2);
    pattern.append(QLatin1Char('%')).append(escaped).append(QLatin1Char('%'));
    return pattern;
}

// The WHERE clause for a filter and its values, in order.
QString whereClause(const CustomerListStore::Filter& filter, QVariantList& values)
{
    QStringList conditions;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        conditions << QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.company LIKE ? ESCAPE '\\'"
                                     " OR c.email LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(search);
        values << pattern << pattern << pattern;
    }
    if (!filter.segment.isEmpty()) {
        conditions << QStringLiteral("c.segment = ?");
        values << filter.segment;
    }
    if (!filter.owner.isEmpty()) {
        conditions << QStringLiteral("c.owner = ?");
        values << filter.owner;
    }
    if (filter.status == CustomerListStore::ChurnState::Active)
        conditions << QStringLiteral("NOT ") + kChurnedNow;
    else if (filter.status == CustomerListStore::ChurnState::Churned)
        conditions << kChurnedNow;
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderColumn(CustomerListStore::SortColumn column)
{
    switch (column) {
    case CustomerListStore::SortColumn::Name:
        return QStringLiteral("c.name {nocase}");
    case CustomerListStore::SortColumn::Company:
        return QStringLiteral("c.company {nocase}");
    case CustomerListStore::SortColumn::Email:
        return QStringLiteral("c.email {nocase}");
    case CustomerListStore::SortColumn::Segment:
        return QStringLiteral("c.segment {nocase}");
    case CustomerListStore::SortColumn::Owner:
        return QStringLiteral("r.name {nocase}");
    case CustomerListStore::SortColumn::AcquiredAt:
        return QStringLiteral("c.acquired_at");
    case CustomerListStore::SortColumn::Churned:
        return kChurnedNow;
    }
    return QStringLiteral("c.name {nocase}");
}

CustomerListStore::Row rowFrom(const QSqlQuery& q)
{
    CustomerListStore::Row row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.company = q.value(2).toString();
    row.email = q.value(3).toString();
    row.segment = q.value(4).toString();
    row.owner = q.value(5).toString();
    row.ownerName = q.value(6).toString();
    row.acquiredAt = sql::instantFrom(q.value(7));
    row.churnedAt = sql::instantFrom(q.value(8));
    return row;
}

Result<std::vector<CustomerListStore::Row>> runRows(const Database& db, const QString& statement,
                                                    const QVariantList& values)
{
    auto q = sql::prepare(db.connection(), statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<CustomerListStore::Row> rows;
    while (q->next())
        rows.push_back(rowFrom(*q));
    return rows;
}

} // namespace

Result<qint64> CustomerListStore::count(const Filter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    auto v =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers c") + where, values);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<std::vector<CustomerListStore::Row>> CustomerListStore::page(const Filter& filter, SortColumn sort,
                                                                    bool descending, qint64 offset,
                                                                    int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id breaks ties, so pages never overlap or skip a row.
    QString statement = kSelect;
    statement.append(where).append(QStringLiteral(" ORDER BY ")).append(orderColumn(sort)).append(direction);
    statement.append(QStringLiteral(", c.id")).append(direction).append(QStringLiteral(" LIMIT ? OFFSET ?"));
    values << limit << offset;
    return runRows(m_db, statement, values);
}

Result<std::vector<CustomerListStore::Row>> CustomerListStore::search(const QString& text, int limit) const
{
    Filter filter;
    filter.search = text;
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << limit;
    QString statement = kSelect;
    statement.append(where).append(QStringLiteral(" ORDER BY c.name {nocase}, c.id LIMIT ?"));
    return runRows(m_db, statement, values);
}

Status CustomerListStore::exportRows(const Filter& filter, SortColumn sort, bool descending,
                                     const std::function<bool(std::span<const ExportValue>)>& row) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString statement = QStringLiteral("SELECT c.external_id, c.name, c.company, c.email, c.phone, "
                                       "c.segment, c.owner, c.acquired_at, c.churned_at, c.churn_reason"
                                       " FROM customers c LEFT JOIN reps r ON r.id = c.owner");
    statement.append(where).append(QStringLiteral(" ORDER BY ")).append(orderColumn(sort)).append(direction);
    statement.append(QStringLiteral(", c.id")).append(direction);
    return forEachExportRow(m_db, statement, values, row);
}

Result<QStringList> CustomerListStore::segments() const
{
    return sql::stringColumn(m_db.connection(),
                             QStringLiteral("SELECT segment FROM customers WHERE segment IS NOT NULL"
                                            " GROUP BY segment ORDER BY segment {nocase}"));
}

} // namespace rapport::core
