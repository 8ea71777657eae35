#include "storage/CohortStore.h"

#include "common/UtcCalendar.h"
#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/ServerMetricsSql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <bit>
#include <limits>

namespace rapport::core {
namespace {

Result<RowReader> prepareQuery(const Database& db, const QString& text)
{
    return RowReader::prepareReadingAhead(
        db, text,
        QCoreApplication::translate("rapport::core::CohortStore", "Preparing the cohort query failed"));
}

Error queryFailed(const RowReader& st)
{
    return st.error(
        QCoreApplication::translate("rapport::core::CohortStore", "Running the cohort query failed"));
}

QString memberFilter(const Scope& scope)
{
    return scopeMemberFilter(scope, QStringLiteral("customer_id"), QStringLiteral(":scope"));
}

CohortStore::Counts emptyCounts(qint64 fromMonth, qint64 toMonth)
{
    CohortStore::Counts c;
    c.firstMonth = fromMonth;
    const auto cohorts = static_cast<std::size_t>(std::max<qint64>(0, toMonth - fromMonth + 1));
    c.sizes.assign(cohorts, 0);
    c.active.assign(cohorts, {});
    return c;
}

// One more customer of cohort row `row` active `offset` months after their first purchase.
void countActive(std::vector<qint64>& row, qint64 offset)
{
    const auto k = static_cast<std::size_t>(offset);
    if (row.size() <= k)
        row.resize(k + 1, 0);
    ++row[k];
}

// The server's month buckets: width_bucket over :bounds, which holds the smallest bigint and
// then the month starts from the first cohort month on (`months` of them, then the end of the
// last). A purchase before those months is bucket 1, one in their month j (from 0) bucket j + 2,
// one after them bucket months + 2. Bucket b is bit b % 64 of word b / 64.
constexpr qint64 kBitsPerWord = 64;
constexpr qint64 kFirstMonthBucket = 2;

qint64 wordsFor(qint64 months)
{
    return (months + kFirstMonthBucket + kBitsPerWord) / kBitsPerWord;
}

// Server SQL: per customer of the scope with a first purchase in [:from, :to), that purchase's
// time and the words of its buckets' bits. The rows arrive in customer order from
// interactions_purchase_customer, so the server groups them without sorting; one width_bucket
// and one shift a purchase (a bucket's own CASE, or a second width_bucket, cost the server as
// much as sending every purchase did).
QString perCustomerSql(const Scope& scope, qint64 words)
{
    const QString bucket = QStringLiteral("width_bucket(occurred_at, CAST(:bounds AS bigint[]))");
    QStringList columns{QStringLiteral("min(occurred_at)")};
    if (words == 1) {
        columns << QStringLiteral("bit_or(CAST(1 AS bigint) << %1)").arg(bucket);
    } else {
        for (qint64 w = 0; w < words; ++w)
            columns << QStringLiteral(
                           "bit_or(CASE WHEN %1 / %2 = %3 THEN CAST(1 AS bigint) << (%1 % %2) END)")
                           .arg(bucket)
                           .arg(kBitsPerWord)
                           .arg(w);
    }
    return QStringLiteral("SELECT %1 FROM interactions WHERE kind = 'purchase' AND amount_cents >= 0%2"
                          " GROUP BY customer_id HAVING min(occurred_at) >= :from AND min(occurred_at) < :to")
        .arg(columns.join(QStringLiteral(", ")), memberFilter(scope));
}

} // namespace

Result<CohortStore::Counts> CohortStore::counts(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets,
                                                const Scope& scope) const
{
    maxOffsets = std::max<qint64>(1, maxOffsets);
    return ServerMetricsSql::groups(m_db) ? perCustomer(fromMonth, toMonth, maxOffsets, scope)
                                          : streamed(fromMonth, toMonth, maxOffsets, scope);
}

Result<CohortStore::Counts> CohortStore::streamed(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets,
                                                  const Scope& scope) const
{
    // Purchases (amount >= 0) arrive grouped by customer and in time order, from the index
    // interactions_purchase_customer: each customer's first row is their first purchase,
    // so the state is one customer at a time and the memory is the size of the table.
    auto st =
        prepareQuery(m_db, QStringLiteral("SELECT customer_id, occurred_at FROM interactions") +
                               SqlDialect::of(m_db.connection().driver())
                                   .indexHint(QStringLiteral("interactions_purchase_customer")) +
                               QStringLiteral(" WHERE kind = 'purchase' AND amount_cents >= 0") +
                               memberFilter(scope) + QStringLiteral(" ORDER BY customer_id, occurred_at"));
    if (!st)
        return st.error();
    bindScope(*st, scope);

    Counts c = emptyCounts(fromMonth, toMonth);
    qint64 customer = -1;
    qint64 cohort = -1; // index into sizes, -1 when the customer is outside the table
    qint64 cohortMonth = 0;
    qint64 nextMonthStart = 0; // start of the month after the last one counted for this customer
    bool any = false;
    qint64 maxSecond = 0;
    while (st->next()) {
        const qint64 id = st->integer(0);
        const qint64 t = st->integer(1);
        if (!any || t > maxSecond)
            maxSecond = t;
        any = true;
        if (id != customer) {
            customer = id;
            cohortMonth = utc::monthIndexOfSeconds(t);
            cohort = cohortMonth >= fromMonth && cohortMonth <= toMonth ? cohortMonth - fromMonth : -1;
            nextMonthStart = std::numeric_limits<qint64>::min();
            if (cohort >= 0)
                ++c.sizes[static_cast<std::size_t>(cohort)];
        }
        if (cohort < 0)
            continue;
        // Rows of one customer come in time order: stay in the month until its end.
        if (t < nextMonthStart)
            continue;
        const qint64 month = utc::monthIndexOfSeconds(t);
        nextMonthStart = utc::monthStartSeconds(month + 1);
        if (month - cohortMonth < maxOffsets)
            countActive(c.active[static_cast<std::size_t>(cohort)], month - cohortMonth);
    }
    if (st->failed())
        return queryFailed(*st);
    if (any)
        c.lastDataMonth = utc::monthIndexOfSeconds(maxSecond);
    return c;
}

Result<CohortStore::Counts> CohortStore::perCustomer(qint64 fromMonth, qint64 toMonth, qint64 maxOffsets,
                                                     const Scope& scope) const
{
    Counts c = emptyCounts(fromMonth, toMonth);
    {
        // The last month with data bounds the months asked for (one backward step of an index).
        auto last = prepareQuery(m_db, QStringLiteral("SELECT max(occurred_at) FROM interactions"
                                                      " WHERE kind = 'purchase' AND amount_cents >= 0") +
                                           memberFilter(scope));
        if (!last)
            return last.error();
        bindScope(*last, scope);
        const bool row = last->next();
        if (last->failed())
            return queryFailed(*last);
        if (!row || last->isNull(0))
            return c;
        c.lastDataMonth = utc::monthIndexOfSeconds(last->integer(0));
        last->next(); // the end, so that the cursor is done before the next one opens
    }

    // No offset at or past maxOffsets, no month after the data.
    const qint64 endMonth = std::min(*c.lastDataMonth, toMonth + maxOffsets - 1);
    if (endMonth < fromMonth)
        return c;
    const qint64 months = endMonth - fromMonth + 1;
    const qint64 words = wordsFor(months);
    std::vector<qint64> bounds{std::numeric_limits<qint64>::min()};
    bounds.reserve(static_cast<std::size_t>(months + 2));
    for (qint64 m = fromMonth; m <= endMonth + 1; ++m)
        bounds.push_back(utc::monthStartSeconds(m));

    auto st = prepareQuery(m_db, perCustomerSql(scope, words));
    if (!st)
        return st.error();
    bindScope(*st, scope);
    st->bindText(":bounds", ServerMetricsSql::boundsArray(bounds));
    st->bindInt(":from", utc::monthStartSeconds(fromMonth));
    st->bindInt(":to", utc::monthStartSeconds(toMonth + 1));
    while (st->next()) {
        const qint64 cohortMonth = utc::monthIndexOfSeconds(st->integer(0));
        if (cohortMonth < fromMonth || cohortMonth > toMonth)
            continue; // the HAVING keeps none, but an index must never leave the table
        const auto cohort = static_cast<std::size_t>(cohortMonth - fromMonth);
        ++c.sizes[cohort];
        for (qint64 w = 0; w < words; ++w) {
            if (st->isNull(static_cast<int>(w) + 1))
                continue;
            auto bits = static_cast<quint64>(st->integer(static_cast<int>(w) + 1));
            while (bits != 0) {
                const qint64 j = w * kBitsPerWord + std::countr_zero(bits) - kFirstMonthBucket;
                bits &= bits - 1;
                const qint64 month = fromMonth + j;
                if (j >= 0 && j < months && month >= cohortMonth && month - cohortMonth < maxOffsets)
                    countActive(c.active[cohort], month - cohortMonth);
            }
        }
    }
    if (st->failed())
        return queryFailed(*st);
    return c;
}

} // namespace rapport::core
