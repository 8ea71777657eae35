#include "storage/InteractionListStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

// `%text%` with LIKE's wildcards escaped, so a search for "50%" finds exactly that.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kCustomerMatch =
    QStringLiteral("SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'");

InteractionListStore::Row rowFrom(const QSqlQuery& q)
{
    InteractionListStore::Row row;
    row.id = q.value(0).toLongLong();
    row.occurredAt = sql::instantFrom(q.value(1));
    row.customerId = q.value(2).toLongLong();
    row.customerName = q.value(3).toString();
    row.company = q.value(4).toString();
    row.kind = q.value(5).toString();
    row.rep = q.value(6).toString();
    row.repName = q.value(7).toString();
    if (!q.value(8).isNull())
        row.amountCents = q.value(8).toLongLong();
    row.category = q.value(9).toString();
    row.notes = q.value(10).toString();
    row.resolvedAt = sql::instantFrom(q.value(11));
    return row;
}

} // namespace

Result<std::vector<InteractionListStore::Row>> InteractionListStore::page(const Filter& filter,
                                                                          const std::optional<Cursor>& after,
                                                                          int limit) const
{
    QVariantList values;
    QStringList conditions;
    // Which index drives the walk: by default SQLite picks the time, kind or rep index,
    // all of which read newest first without sorting. A narrow customer search instead
    // reads the few matching customers' histories and sorts those.
    QString indexHint;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = likePattern(search);
        auto matching = sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT count(*) FROM (") + kCustomerMatch + QLatin1Char(')'),
                                    {pattern, pattern});
        if (!matching)
            return matching.error();
        if (matching->toLongLong() == 0)
            return std::vector<Row>{};
        auto customers = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
        if (!customers)
            return customers.error();
        const bool narrow = matching->toLongLong() * kNarrowSearchRatio <= customers->toLongLong();
        if (narrow) {
            indexHint = QStringLiteral(" INDEXED BY interactions_customer_time");
            conditions << QStringLiteral("i.customer_id IN (") + kCustomerMatch + QLatin1Char(')');
        } else {
            // The unary + keeps SQLite from using the customer index for this condition.
            conditions << QStringLiteral("+i.customer_id IN (") + kCustomerMatch + QLatin1Char(')');
        }
        values << pattern << pattern;
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("i.kind = ?");
        values << filter.kind;
    }
    if (!filter.rep.isEmpty()) {
        conditions << QStringLiteral("i.rep_id = ?");
        values << filter.rep;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("i.occurred_at >= ?");
        values << sql::instant(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("i.occurred_at < ?");
        values << sql::instant(filter.to);
    }
    if (after) {
        conditions << QStringLiteral("(i.occurred_at, i.id) < (?, ?)");
        values << after->occurredAt << after->id;
    }
    QString statement = QStringLiteral(
        "SELECT i.id, i.occurred_at, i.customer_id, c.name, c.company, i.kind, i.rep_id, r.name,"
        " i.amount_cents, i.category, substr(i.notes, 1, %1), i.resolved_at"
        " FROM interactions i%2 JOIN customers c ON c.id = i.customer_id LEFT JOIN reps r ON r.id = i.rep_id")
                            .arg(kNotesExcerpt)
                            .arg(indexHint);
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?");
    values << limit;
    return sql::queryAll<Row>(m_db.connection(), statement, values, rowFrom);
}

} // namespace rapport::core
