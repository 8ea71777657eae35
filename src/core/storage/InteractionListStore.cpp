#include "storage/InteractionListStore.h"

#include "storage/Database.h"
#include "storage/ListExport.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

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

namespace {

// The WHERE clause of a filter, its values in order and the index hint it needs.
struct Selection
{
    QString indexHint;
    QStringList conditions;
    QVariantList values;
    bool nothing = false; // the customer search matches no customer
};

Result<Selection> selectionFor(const Database& db, const InteractionListStore::Filter& filter)
{
    Selection sel;
    // Which index drives the walk: by default SQLite picks the time, kind or rep index,
    // all of which read newest first without sorting. A narrow customer search instead
    // reads the few matching customers' histories and sorts those.
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = likePattern(search);
        auto matching = sql::scalar(
            db.connection(), QStringLiteral("SELECT count(*) FROM (") + kCustomerMatch + QLatin1Char(')'),
            {pattern, pattern});
        if (!matching)
            return matching.error();
        if (matching->toLongLong() == 0) {
            sel.nothing = true;
            return sel;
        }
        auto customers = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
        if (!customers)
            return customers.error();
        const bool narrow =
            matching->toLongLong() * InteractionListStore::kNarrowSearchRatio <= customers->toLongLong();
        if (narrow) {
            sel.indexHint = SqlDialect::of(db.connection().driver())
                                .indexHint(QStringLiteral("interactions_customer_time"));
            sel.conditions << QStringLiteral("i.customer_id IN (") + kCustomerMatch + QLatin1Char(')');
        } else {
            // The unary + keeps SQLite from using the customer index for this condition.
            sel.conditions << QStringLiteral("+i.customer_id IN (") + kCustomerMatch + QLatin1Char(')');
        }
        sel.values << pattern << pattern;
    }
    if (!filter.kind.isEmpty()) {
        sel.conditions << QStringLiteral("i.kind = ?");
        sel.values << filter.kind;
    }
    if (!filter.rep.isEmpty()) {
        sel.conditions << QStringLiteral("i.rep_id = ?");
        sel.values << filter.rep;
    }
    if (filter.from.isValid()) {
        sel.conditions << QStringLiteral("i.occurred_at >= ?");
        sel.values << sql::instant(filter.from);
    }
    if (filter.to.isValid()) {
        sel.conditions << QStringLiteral("i.occurred_at < ?");
        sel.values << sql::instant(filter.to);
    }
    return sel;
}

QString whereOf(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<std::vector<InteractionListStore::Row>>
InteractionListStore::page(const Filter& filter, const std::optional<Cursor>& after, int limit) const
{
    auto sel = selectionFor(m_db, filter);
    if (!sel)
        return sel.error();
    if (sel->nothing)
        return std::vector<Row>{};
    if (after) {
        sel->conditions << QStringLiteral("(i.occurred_at, i.id) < (?, ?)");
        sel->values << after->occurredAt << after->id;
    }
    QString statement =
        QStringLiteral(
            "SELECT i.id, i.occurred_at, i.customer_id, c.name, c.company, i.kind, i.rep_id, r.name,"
            " i.amount_cents, i.category, substr(i.notes, 1, %1), i.resolved_at"
            " FROM interactions i%2 JOIN customers c ON c.id = i.customer_id LEFT JOIN reps r ON r.id = "
            "i.rep_id")
            .arg(kNotesExcerpt)
            .arg(sel->indexHint);
    statement += whereOf(sel->conditions) + QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?");
    sel->values << limit;
    return sql::queryAll<Row>(m_db.connection(), statement, sel->values, rowFrom);
}

Status InteractionListStore::exportRows(const Filter& filter,
                                        const std::function<bool(std::span<const ExportValue>)>& row) const
{
    auto sel = selectionFor(m_db, filter);
    if (!sel)
        return sel.error();
    if (sel->nothing)
        return {};
    const QString statement =
        QStringLiteral(
            "SELECT i.external_id, c.external_id, i.rep_id, i.kind, i.occurred_at, i.amount_cents,"
            " i.category, i.notes, i.resolved_at, p.external_id FROM interactions i%1"
            " JOIN customers c ON c.id = i.customer_id LEFT JOIN products p ON p.id = i.product_id")
            .arg(sel->indexHint) +
        whereOf(sel->conditions) + QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC");
    return forEachExportRow(m_db, statement, sel->values, row);
}

} // namespace rapport::core
