#include "storage/ProductMetricsStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/ScopeMembers.h"
#include "storage/TimeBuckets.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <unordered_map>

namespace rapport::core {
namespace {

// The rows naming a product are read product by product from the partial index
// interactions_product_time (product_id, occurred_at, kind, customer_id, amount_cents), one
// range seek per product of the (small) catalogue, in product order: the GROUP BY then needs
// no sort of the period's rows, which a GROUP BY product_id over interactions_product_kinds_time
// (ordered by time) does. CROSS JOIN keeps SQLite's loop in that order (products outside); the
// server's planner is free to choose. SQLite uses the partial index only when the WHERE
// repeats its condition word for word: hence "i.product_id IS NOT NULL". Every row naming a
// product is a purchase, complaint or support row (schema 9's CHECK).
QString namedProductsFrom()
{
    return QStringLiteral(" FROM products p CROSS JOIN interactions i"
                          " WHERE i.product_id = p.id AND i.product_id IS NOT NULL"
                          " AND i.occurred_at >= :s AND i.occurred_at < :e");
}

// The period's purchase, complaint and support rows, named i. The kinds repeat the condition of
// the covering index interactions_product_kinds_time word for word, or SQLite does not use it.
QString kindsFrom()
{
    return QStringLiteral(" FROM interactions i WHERE kind IN ('purchase', 'complaint', 'support')"
                          " AND i.occurred_at >= :s AND i.occurred_at < :e");
}

// Both queries of countsInEngine() compute these columns, over rows of interactions named i.
QString countColumns()
{
    return QStringLiteral(
        " SUM(CASE WHEN i.kind = 'purchase' AND i.amount_cents >= 0 THEN 1 ELSE 0 END),"
        " COUNT(DISTINCT CASE WHEN i.kind = 'purchase' AND i.amount_cents >= 0"
        " THEN i.customer_id END),"
        " CAST(SUM(CASE WHEN i.kind = 'purchase' THEN i.amount_cents ELSE 0 END) AS BIGINT),"
        " SUM(CASE WHEN i.kind = 'purchase' AND i.amount_cents < 0 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN i.kind = 'complaint' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN i.kind = 'support' THEN 1 ELSE 0 END)");
}

ProductMetricsStore::Counts countsOf(const RowReader& st)
{
    ProductMetricsStore::Counts c;
    c.purchases = st.integer(1);
    c.buyers = st.integer(2);
    c.revenueCents = st.integer(3);
    c.refunds = st.integer(4);
    c.complaints = st.integer(5);
    c.support = st.integer(6);
    return c;
}

} // namespace

Result<std::unordered_map<qint64, ProductMetricsStore::Counts>>
ProductMetricsStore::countsInEngine(qint64 start, qint64 end, const Scope& scope, Counts& unassigned) const
{
    // The engine aggregates (SQLite and PostgreSQL alike), so only one row per product crosses
    // over. The sum is cast to BIGINT so that PostgreSQL hands back an integer (its SUM of
    // bigint is numeric) and refuses, as SQLite's SUM does, a total that leaves 64 bits.
    //
    // The whole book: one GROUP BY over the rows naming a product (see namedProductsFrom()),
    // one sum over those naming none (the covering index interactions_product_kinds_time, whose
    // condition the WHERE repeats word for word). A single GROUP BY product_id over both, which
    // sorts the period's rows by product, took 106-127 ms for a quarter of the 100k demo.
    // A rep or a segment: that single GROUP BY, which SQLite answers from the scope's customers
    // (interactions_customer_time); read product by product, it would read the whole book's
    // rows and keep the scope's: slower.
    const QString scoped =
        scopeMemberFilter(scope, QStringLiteral("i.customer_id"), QStringLiteral(":scope"));
    QStringList statements;
    if (scope.kind == Scope::Kind::All) {
        statements << QStringLiteral("SELECT p.id,") + countColumns() + namedProductsFrom() +
                          QStringLiteral(" GROUP BY p.id");
        // One row, of NULL sums when there are none.
        statements << QStringLiteral("SELECT CAST(NULL AS BIGINT),") + countColumns() + kindsFrom() +
                          QStringLiteral(" AND i.product_id IS NULL");
    } else {
        statements << QStringLiteral("SELECT i.product_id,") + countColumns() + kindsFrom() + scoped +
                          QStringLiteral(" GROUP BY i.product_id");
    }
    std::unordered_map<qint64, Counts> byProduct;
    for (const QString& sql : statements) {
        auto st = RowReader::prepare(m_db, sql,
                                     QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                                 "Preparing the per-product figures failed"));
        if (!st)
            return st.error();
        st->bindInt(":s", start);
        st->bindInt(":e", end);
        bindScope(*st, scope);
        while (st->next()) {
            if (!st->isNull(0))
                byProduct[st->integer(0)] = countsOf(*st);
            else if (!st->isNull(1)) // rows naming no product
                unassigned = countsOf(*st);
        }
        if (st->failed())
            return st->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                         "Reading the per-product figures failed"));
    }
    return byProduct;
}

Result<std::unordered_map<qint64, ProductMetricsStore::Counts>>
ProductMetricsStore::countsFromRows(qint64 start, qint64 end, const Scope& scope, const ScopeMembers* members,
                                    Counts& unassigned) const
{
    // One statement, no GROUP BY: the whole book's rows come from the covering index
    // interactions_product_kinds_time in time order (a year of the 100k demo: 380,000 rows,
    // about 55 ms of CPU against 190 ms for countsInEngine's two statements, most of that in
    // COUNT(DISTINCT)); a rep's or a segment's either from its customers
    // (interactions_customer_time), as countsInEngine's statement reads them, without its
    // sorts, or, given `members`, the whole book's, of which the scope's are kept. Every row
    // is added up whatever order the engine hands them in.
    const bool ofScope = scope.kind != Scope::Kind::All && !members;
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT i.product_id, i.kind, i.customer_id, i.amount_cents") + kindsFrom() +
            (ofScope ? scopeMemberFilter(scope, QStringLiteral("i.customer_id"), QStringLiteral(":scope"))
                     : QString()),
        QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                    "Preparing the per-product figures failed"));
    if (!st)
        return st.error();
    st->bindInt(":s", start);
    st->bindInt(":e", end);
    if (ofScope)
        st->bindText(":scope", scope.value.toUtf8());

    struct Tally
    {
        Counts counts;
        std::vector<qint64> buyers; // the customer of every purchase (amount >= 0), repeats too
    };
    std::unordered_map<qint64, Tally> byProduct;
    Tally none; // the rows naming no product
    bool overflow = false;
    while (st->next()) {
        if (members && !members->contains(st->integer(2)))
            continue;
        Tally& t = st->isNull(0) ? none : byProduct[st->integer(0)];
        const QByteArrayView kind = st->text(1);
        if (kind == QByteArrayView("purchase")) {
            const qint64 cents = st->integer(3);
            // Integer cents: exact, or refused (as SQLite's SUM refuses a total beyond 64 bits).
            overflow |= __builtin_add_overflow(t.counts.revenueCents, cents, &t.counts.revenueCents);
            if (cents >= 0) {
                ++t.counts.purchases;
                t.buyers.push_back(st->integer(2));
            } else {
                ++t.counts.refunds;
            }
        } else if (kind == QByteArrayView("complaint")) {
            ++t.counts.complaints;
        } else if (kind == QByteArrayView("support")) {
            ++t.counts.support;
        }
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                     "Reading the per-product figures failed"));
    if (overflow)
        return Error::make(QCoreApplication::translate(
            "rapport::core::ProductMetricsStore",
            "The revenue of the period is too large to add up: some purchase amounts are "
            "far beyond the 1,000,000,000.00 an import accepts. Correct them."));

    // Distinct buyers: a customer who bought a product twice in the period counts once for it
    // (not additive over months: the year's buyers are not the sum of its months').
    const auto distinct = [](std::vector<qint64>& ids) {
        std::sort(ids.begin(), ids.end());
        return static_cast<qint64>(std::unique(ids.begin(), ids.end()) - ids.begin());
    };
    std::unordered_map<qint64, Counts> answer;
    answer.reserve(byProduct.size());
    for (auto& [product, t] : byProduct) {
        t.counts.buyers = distinct(t.buyers);
        answer.emplace(product, t.counts);
    }
    none.counts.buyers = distinct(none.buyers);
    unassigned = none.counts;
    return answer;
}

Result<std::optional<ScopeMembers>> ProductMetricsStore::membersToKeep(const Scope& scope,
                                                                       Reading reading) const
{
    // Only a scope's rows are filtered, and only when asked to or, for the best reading on a
    // file, when the scope holds enough of the book for the whole book's rows to be cheaper.
    if (scope.kind == Scope::Kind::All ||
        !(reading == Reading::RowsOfWholeBook || (reading == Reading::Best && !m_db.isServer())))
        return std::optional<ScopeMembers>();
    auto read = ScopeMembers::read(m_db, scope);
    if (!read)
        return read.error();
    if (reading == Reading::RowsOfWholeBook || read->worthFiltering())
        return std::optional<ScopeMembers>(std::move(*read));
    return std::optional<ScopeMembers>();
}

Result<ProductMetricsStore::Answer> ProductMetricsStore::counts(qint64 start, qint64 end, const Scope& scope,
                                                                Reading reading) const
{
    auto members = membersToKeep(scope, reading);
    if (!members)
        return members.error();
    if (reading == Reading::Best)
        reading = m_db.isServer() ? Reading::InEngine : Reading::Rows;
    Answer answer;
    auto byProduct =
        reading == Reading::InEngine
            ? countsInEngine(start, end, scope, answer.unassigned)
            : countsFromRows(start, end, scope, *members ? &**members : nullptr, answer.unassigned);
    if (!byProduct)
        return byProduct.error();

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
        if (const auto it = byProduct->find(p.id); it != byProduct->end())
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
                                                                   const Scope& scope, Reading reading) const
{
    Buckets answer;
    if (bounds.size() < 2)
        return answer;
    const std::size_t n = bounds.size() - 1;
    const auto add = [&](qint64 product, std::size_t bucket, BucketCounts counts) {
        std::vector<BucketCounts>& series = answer[product];
        series.resize(n);
        if (bucket < n)
            series[bucket] = counts;
    };
    auto members = membersToKeep(scope, reading);
    if (!members)
        return members.error();
    if (reading == Reading::RowsOfWholeBook || *members)
        return bucketsFromRows(bounds, *members ? &**members : nullptr);
    const QString columns =
        QStringLiteral(" SUM(CASE WHEN i.kind = 'purchase' AND i.amount_cents >= 0 THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN i.kind = 'complaint' THEN 1 ELSE 0 END)");
    const QString what = QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                     "Preparing the monthly product figures failed");
    const QString failed = QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                       "Reading the monthly product figures failed");
    if (scope.kind == Scope::Kind::All) {
        // The whole book: one GROUP BY per bucket, product by product (namedProductsFrom()).
        // A single GROUP BY product_id, bucket over the twelve months (a CASE naming each
        // row's month) sorted all their rows, about 700,000 for the 100k demo: 194-257 ms,
        // against about a third of that for these twelve. Support rows count in neither sum.
        for (std::size_t k = 0; k < n; ++k) {
            auto st = RowReader::prepare(m_db,
                                         QStringLiteral("SELECT p.id,") + columns + namedProductsFrom() +
                                             QStringLiteral(" GROUP BY p.id"),
                                         what);
            if (!st)
                return st.error();
            st->bindInt(":s", bounds[k]);
            st->bindInt(":e", bounds[k + 1]);
            while (st->next())
                add(st->integer(0), k, {st->integer(1), st->integer(2)});
            if (st->failed())
                return st->error(failed);
        }
        return answer;
    }
    // A rep or a segment: one GROUP BY over all the buckets, which SQLite answers from the
    // scope's customers (interactions_customer_time), as counts() does. The kinds repeat the
    // partial index interactions_product_kinds_time's condition, should the engine prefer it.
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT i.product_id, ") + timeBucketCase(QStringLiteral("i.occurred_at"), bounds) +
            QStringLiteral(" AS bucket,") + columns +
            QStringLiteral(" FROM interactions i"
                           " WHERE i.product_id IS NOT NULL AND kind IN ('purchase', 'complaint', 'support')"
                           " AND i.occurred_at >= :s AND i.occurred_at < :e") +
            scopeMemberFilter(scope, QStringLiteral("i.customer_id"), QStringLiteral(":scope")) +
            QStringLiteral(" GROUP BY i.product_id, bucket"),
        what);
    if (!st)
        return st.error();
    st->bindInt(":s", bounds.front());
    st->bindInt(":e", bounds.back());
    st->bindText(":scope", scope.value.toUtf8());
    while (st->next())
        add(st->integer(0), static_cast<std::size_t>(st->integer(1)), {st->integer(2), st->integer(3)});
    if (st->failed())
        return st->error(failed);
    return answer;
}

Result<ProductMetricsStore::Buckets> ProductMetricsStore::bucketsFromRows(const std::vector<qint64>& bounds,
                                                                          const ScopeMembers* members) const
{
    // The whole book's rows of the buckets from the covering index
    // interactions_product_kinds_time, in time order, each added to its bucket here (the
    // scope's only, given `members`): for a rep of the 100k demo, twelve months in about half
    // the CPU of the GROUP BY over its customers' rows, which reads the table row by row.
    const std::size_t n = bounds.size() - 1;
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT i.product_id, i.kind, i.customer_id, i.amount_cents, i.occurred_at") +
            kindsFrom(),
        QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                    "Preparing the monthly product figures failed"));
    if (!st)
        return st.error();
    st->bindInt(":s", bounds.front());
    st->bindInt(":e", bounds.back());
    std::unordered_map<qint64, std::vector<BucketCounts>> byProduct;
    while (st->next()) {
        if (st->isNull(0) || (members && !members->contains(st->integer(2))))
            continue;
        const QByteArrayView kind = st->text(1);
        const bool purchase = kind == QByteArrayView("purchase") && st->integer(3) >= 0;
        const bool complaint = kind == QByteArrayView("complaint");
        if (!purchase && !complaint)
            continue; // support rows and refunds count in neither sum
        // The bucket [bounds[k], bounds[k + 1]) holding the row: the last bound not after it.
        const qint64 at = st->integer(4);
        const auto k =
            static_cast<std::size_t>(std::upper_bound(bounds.begin(), bounds.end(), at) - bounds.begin()) - 1;
        if (k >= n)
            continue;
        std::vector<BucketCounts>& series = byProduct[st->integer(0)];
        series.resize(n);
        ++(purchase ? series[k].purchases : series[k].complaints);
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::ProductMetricsStore",
                                                     "Reading the monthly product figures failed"));
    return Buckets(byProduct.begin(), byProduct.end());
}

} // namespace rapport::core
