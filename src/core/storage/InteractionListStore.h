#pragma once

#include "common/Result.h"
#include "domain/InteractionList.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace rapport::core {

class Database;
struct ExportValue;

// The read side of the global interaction list: newest first, filtered by the database
// and read a page at a time by keyset (the last row's time and id), so that page 1,000
// costs what page 1 costs on millions of interactions.
class InteractionListStore
{
public:
    static constexpr int kNotesExcerpt = InteractionListRow::kNotesExcerpt;
    // A customer search matching at most this share of the customers (1 in N) reads those
    // customers' histories; a broader one walks the time index and keeps what matches.
    static constexpr int kNarrowSearchRatio = 50;

    using Filter = InteractionListFilter;
    using Row = InteractionListRow;
    using Cursor = InteractionListCursor;

    explicit InteractionListStore(Database& db) : m_db(db) {}

    // Up to `limit` rows matching `filter`, newest first (ties: higher id first), older
    // than `after` when given.
    Result<std::vector<Row>> page(const Filter& filter, const std::optional<Cursor>& after, int limit) const;
    // Every interaction matching `filter`, newest first, in the columns of the interactions
    // CSV (ExportStore's order, notes in full), for CsvExporter::exportRows.
    Status exportRows(const Filter& filter,
                      const std::function<bool(std::span<const ExportValue>)>& row) const;

private:
    Database& m_db;
};

} // namespace rapport::core
