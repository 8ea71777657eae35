#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "storage/ScopeMembers.h"

#include <QString>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace rapport::core {

class Database;

// The SQL behind the per-product figures (metrics.md, "Products"): counts over [start, end)
// in unix seconds (UTC) for a scope, by interactions.product_id, in one pass over the
// period's interactions whatever the catalogue's size (added up by the engine or here, see
// Reading). Nothing here interprets the counts; ProductFigures does that.
class ProductMetricsStore
{
public:
    explicit ProductMetricsStore(Database& db) : m_db(db) {}

    struct Counts
    {
        qint64 purchases = 0;    // kind purchase, amount >= 0
        qint64 buyers = 0;       // distinct customers with such a purchase
        qint64 revenueCents = 0; // every purchase amount, refunds included
        qint64 refunds = 0;      // kind purchase, amount < 0
        qint64 complaints = 0;
        qint64 support = 0;
    };

    // One product of the catalogue with its counts (zeros when it has no row in the period).
    struct ProductCounts
    {
        qint64 id = 0;
        QString externalId;
        QString name;
        QString category;
        bool active = true;
        Counts counts;
    };

    struct Answer
    {
        std::vector<ProductCounts> products; // the whole catalogue, by external_id
        Counts unassigned;                   // rows with no product
    };

    // Where the counts are added up. InEngine: GROUP BYs with COUNT(DISTINCT), so that only a
    // row per product leaves the engine (what a team server wants: rows would cross the
    // network). Rows: the period's purchase, complaint and support rows (a rep's or a
    // segment's through its customers) are read as they are and added up here, distinct
    // buyers by a sort of each product's customer ids; on a SQLite file, where nothing crosses
    // a network, that is about three times faster than SQLite's own COUNT(DISTINCT) (one
    // insert into a temporary B-tree per purchase) for a year of the 100k demo.
    // RowsOfWholeBook: for a rep or a segment, the whole book's rows from the covering index,
    // the scope's kept here (see ScopeMembers); the same as Rows for the whole book.
    // Best: InEngine on a server; on a file Rows, or RowsOfWholeBook for a scope that holds
    // enough of the book (ScopeMembers::worthFiltering()). All give the same counts.
    enum class Reading { Best, InEngine, Rows, RowsOfWholeBook };

    Result<Answer> counts(qint64 start, qint64 end, const Scope& scope,
                          Reading reading = Reading::Best) const;

    // Purchases (amount >= 0) and complaints naming a product, per product id (those with a
    // row in the buckets) and bucket [bounds[k], bounds[k+1]): the dashboard's chart of
    // complaints per 100 purchases by month (ProductTrend, which keeps months already read).
    struct BucketCounts
    {
        qint64 purchases = 0;
        qint64 complaints = 0;
    };
    using Buckets = std::map<qint64, std::vector<BucketCounts>>;
    // Readings as for counts(): InEngine, one GROUP BY per bucket product by product for the
    // whole book, one GROUP BY over the scope's customers' rows otherwise; RowsOfWholeBook, the
    // whole book's rows bucketed here (the scope's kept, see ScopeMembers); Rows is InEngine.
    // Best: RowsOfWholeBook for a scope worth filtering on a file, InEngine otherwise.
    Result<Buckets> byBucket(const std::vector<qint64>& bounds, const Scope& scope,
                             Reading reading = Reading::Best) const;

private:
    // The scope's customers when `reading` keeps them from the whole book's rows; none for
    // the whole book, or when the scope's own rows are read.
    Result<std::optional<ScopeMembers>> membersToKeep(const Scope& scope, Reading reading) const;
    Result<std::unordered_map<qint64, Counts>> countsInEngine(qint64 start, qint64 end, const Scope& scope,
                                                              Counts& unassigned) const;
    // `members`: the scope's customers, to keep from the whole book's rows; null: read the
    // scope's own rows.
    Result<std::unordered_map<qint64, Counts>> countsFromRows(qint64 start, qint64 end, const Scope& scope,
                                                              const ScopeMembers* members,
                                                              Counts& unassigned) const;

    Result<Buckets> bucketsFromRows(const std::vector<qint64>& bounds, const ScopeMembers* members) const;

    Database& m_db;
};

} // namespace rapport::core
