#include "storage/WinBackQueueStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/ScopedCacheSize.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

constexpr qint64 kRevenueWindowSeconds = 365 * 86400;

// The latest outreach since the churn: the customer's rows after churned_at only, which
// for a customer who left are few (index interactions_customer_time).
const char* const kStatement =
    "SELECT c.id, c.name, c.company, c.owner, COALESCE(NULLIF(o.name, ''), o.id), c.churned_at,"
    " c.churn_reason,"
    " CAST(COALESCE((SELECT SUM(p.amount_cents) FROM interactions p"
    "   WHERE p.customer_id = c.id AND p.kind = 'purchase'"
    "   AND p.occurred_at >= c.churned_at - :year AND p.occurred_at < c.churned_at), 0) AS BIGINT) AS "
    "revenue,"
    " w.occurred_at, w.category"
    " FROM customers c LEFT JOIN reps o ON o.id = c.owner"
    " LEFT JOIN interactions w ON w.id = (SELECT x.id FROM interactions x"
    "   WHERE x.customer_id = c.id AND x.occurred_at >= c.churned_at"
    "   AND x.kind IN ('call', 'email', 'meeting')"
    "   AND x.category IN ('win_back_won_back', 'win_back_declined', 'win_back_no_answer')"
    "   ORDER BY x.occurred_at DESC, x.id DESC LIMIT 1)"
    " WHERE c.churned_at >= :from AND c.churned_at < :now AND c.returned_at IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM interactions b WHERE b.customer_id = c.id AND b.kind = 'purchase'"
    "   AND b.amount_cents >= 0 AND b.occurred_at > c.churned_at)";

QString textOf(const RowReader& st, int column)
{
    return st.isNull(column) ? QString() : QString::fromUtf8(st.text(column));
}

} // namespace

Result<std::vector<WinBackEntry>> WinBackQueueStore::rows(qint64 from, qint64 now, const Scope& scope,
                                                          int limit, qint64 offset) const
{
    QString text = QString::fromLatin1(kStatement) +
                   scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope")) +
                   QStringLiteral(" ORDER BY revenue DESC, c.name {nocase}, c.id");
    if (limit >= 0)
        text += QStringLiteral(" LIMIT :limit OFFSET :offset");
    // Per churned customer, the purchase index's seeks read the table's rows too (SQLite counts
    // the partial index's kind = 'purchase' as a column it lacks), and the seeks of nearby
    // customers come back to the same pages: with SQLite's default 2 MB cache they were read
    // again and again, about half of the whole book's CPU time in read() system calls. 32 MB
    // holds them for the 100k demo (bench_win_back_queue); a rep's queue touches far fewer.
    const ScopedCacheSize cache(m_db.nativeHandle(), 32 * 1024);
    auto st = RowReader::prepare(m_db, SqlDialect::of(m_db.connection().driver()).sql(text),
                                 QCoreApplication::translate("rapport::core::WinBackQueueStore",
                                                             "Preparing the win-back queue failed"));
    if (!st)
        return st.error();
    st->bindInt(":year", kRevenueWindowSeconds);
    st->bindInt(":from", from);
    st->bindInt(":now", now);
    bindScope(*st, scope);
    if (limit >= 0) {
        st->bindInt(":limit", limit);
        st->bindInt(":offset", offset);
    }
    std::vector<WinBackEntry> entries;
    while (st->next()) {
        WinBackEntry e;
        e.customerId = st->integer(0);
        e.name = textOf(*st, 1);
        e.company = textOf(*st, 2);
        e.owner = textOf(*st, 3);
        e.ownerName = textOf(*st, 4);
        e.churnedAt = QDateTime::fromSecsSinceEpoch(st->integer(5), Qt::UTC);
        e.churnReason = textOf(*st, 6).trimmed();
        e.revenueBeforeCents = st->integer(7);
        if (!st->isNull(8)) {
            e.lastOutreachAt = QDateTime::fromSecsSinceEpoch(st->integer(8), Qt::UTC);
            e.lastOutcome = outcomeFromCategory(textOf(*st, 9));
        }
        entries.push_back(std::move(e));
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::WinBackQueueStore",
                                                     "Reading the win-back queue failed"));
    return entries;
}

} // namespace rapport::core
