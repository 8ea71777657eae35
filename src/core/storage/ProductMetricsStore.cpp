#include "storage/ProductMetricsStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/TimeBuckets.h"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_map>

namespace rapport::core {
Result<ProductMetricsStore::Answer> ProductMetricsStore::counts(qint64 start, qint64 end,
                                                                const Scope& scope) const
{
    // One GROUP BY over the period's purchases, complaints and support rows: the engine
    // aggregates (SQLite and PostgreSQL alike), so only one row per product crosses over.
    // The sum is cast to BIGINT so that PostgreSQL hands back an integer (its SUM of bigint is
    // numeric) and refuses, as SQLite's SUM does, a total that leaves 64 bits.
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT product_id,"
                       " SUM(CASE WHEN kind = 'purchase' AND amount_cents >= 0 THEN 1 ELSE 0 END),"
                       " COUNT(DISTINCT CASE WHEN kind = 'purchase' AND amount_cents >= 0"
                       " THEN customer_id END),"
                       " CAST(SUM(CASE WHEN kind = 'purchase' THEN amount_cents ELSE 0 END) AS BIGINT),"
                       " SUM(CASE WHEN kind = 'purchase' AND amount_cents < 0 THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN kind = 'support' THEN 1 ELSE 0 END)"
                       " FROM interactions"
                       " WHERE kind IN ('purchase', 'complaint', 'support')"
                       " AND occurred_at >= :s AND occurred_at < :e") +
            scopeMemberFilter(scope, QStringLiteral("customer_id"), QStringLiteral(":scope")) +
            QStringLiteral(" GROUP BY product_id"),
        QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                    "Preparing the per-product figures failed"));
    if (!st)
        return st.error();
    st->bindInt(":s", start);
    st->bindInt(":e", end);
    if (scope.kind != Scope::Kind::All)
        st->bindText(":scope", scope.value.toUtf8());
    Answer answer;
    std::unordered_map<qint64, Counts> byProduct;
    while (st->next()) {
        Counts c;
        c.purchases = st->integer(1);
        c.buyers = st->integer(2);
        c.revenueCents = st->integer(3);
        c.refunds = st->integer(4);
        c.complaints = st->integer(5);
        c.support = st->integer(6);
        if (st->isNull(0))
            answer.unassigned = c;
        else
            byProduct[st->integer(0)] = c;
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                     "Reading the per-product figures failed"));

    // The catalogue is small (products, not rows): every product appears, retired or not,
    // with zeros when the period holds nothing of it.
    auto catalogue = RowReader::prepare(
        m_db, QStringLiteral("SELECT id, external_id, name, category, active FROM products"),
        QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                    "Preparing the product catalogue failed"));
    if (!catalogue)
        return catalogue.error();
    while (catalogue->next()) {
        ProductCounts p;
        p.id = catalogue->integer(0);
        p.externalId = QString::fromUtf8(catalogue->text(1));
        p.name = QString::fromUtf8(catalogue->text(2));
        p.category = QString::fromUtf8(catalogue->text(3));
        p.active = catalogue->integer(4) != 0;
        if (const auto it = byProduct.find(p.id); it != byProduct.end())
            p.counts = it->second;
        answer.products.push_back(std::move(p));
    }
    // Ordered here, not by the engine: the engines' collations order text differently.
    std::sort(answer.products.begin(), answer.products.end(),
              [](const ProductCounts& a, const ProductCounts& b) { return a.externalId < b.externalId; });
    if (catalogue->failed())
        return catalogue->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                            "Reading the product catalogue failed"));
    return answer;
}

Result<ProductMetricsStore::Buckets> ProductMetricsStore::byBucket(const std::vector<qint64>& bounds,
                                                                   const Scope& scope) const
{
    Buckets answer;
    if (bounds.size() < 2)
        return answer;
    // The covering index interactions_product_kinds_time answers this alone, but SQLite uses a
    // partial index only when the WHERE repeats its condition word for word: hence all three
    // kinds (support rows add 0 to both sums). With two kinds it read the table: 6-7 s for the
    // twelve months of the 100k demo instead of well under one.
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT product_id, ") + timeBucketCase(QStringLiteral("occurred_at"), bounds) +
            QStringLiteral(" AS bucket,"
                           " SUM(CASE WHEN kind = 'purchase' AND amount_cents >= 0 THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END)"
                           " FROM interactions"
                           " WHERE product_id IS NOT NULL AND kind IN ('purchase', 'complaint', 'support')"
                           " AND occurred_at >= :s AND occurred_at < :e") +
            scopeMemberFilter(scope, QStringLiteral("customer_id"), QStringLiteral(":scope")) +
            QStringLiteral(" GROUP BY product_id, bucket"),
        QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                    "Preparing the monthly product figures failed"));
    if (!st)
        return st.error();
    st->bindInt(":s", bounds.front());
    st->bindInt(":e", bounds.back());
    if (scope.kind != Scope::Kind::All)
        st->bindText(":scope", scope.value.toUtf8());
    while (st->next()) {
        std::vector<BucketCounts>& series = answer[st->integer(0)];
        series.resize(bounds.size() - 1);
        const auto bucket = static_cast<std::size_t>(st->integer(1));
        if (bucket < series.size())
            series[bucket] = {st->integer(2), st->integer(3)};
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                     "Reading the monthly product figures failed"));
    return answer;
}

} // namespace rapport::core
