#pragma once

#include "common/Result.h"

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
    // Notes are cut to this many characters for the list; the full text is the customer's.
    static constexpr int kNotesExcerpt = 160;
    // A customer search matching at most this share of the customers (1 in N) reads those
    // customers' histories; a broader one walks the time index and keeps what matches.
    static constexpr int kNarrowSearchRatio = 50;

    struct Filter
    {
        QString kind; // an interaction kind's string; empty: any
        QString rep; // a rep id; empty: any
        QDateTime from; // inclusive; invalid: no lower bound
        QDateTime to; // exclusive; invalid: no upper bound
        QString search; // in the customer's name or company, case-insensitive
        friend bool operator==(const Filter&, const Filter&) = default;
    };

    struct Row
    {
        qint64 id = 0;
        QDateTime occurredAt;
        qint64 customerId = 0;
        QString customerName;
        QString company;
        QString kind;
        QString rep; // rep id
        QString repName;
        std::optional<qint64> amountCents;
        QString category;
        QString notes; // at most kNotesExcerpt characters
        QDateTime resolvedAt;
    };

    // Where the previous page ended: the next page holds only older rows.
    struct Cursor
    {
        qint64 occurredAt = 0; // seconds since the epoch, as stored
        qint64 id = 0;
        static Cursor after(const Row& row) { return {row.occurredAt.toSecsSinceEpoch(), row.id}; }
    };

    explicit InteractionListStore(Database& db) : m_db(db) {}

    // Up to `limit` rows matching `filter`, newest first (ties: higher id first), older
    // than `after` when given.
    Result<std::vector<Row>> page(const Filter& filter, const std::optional<Cursor>& after, int limit) const;
    // Every interaction matching `filter`, newest first, in the columns of the interactions
    // CSV (ExportStore's order, notes in full), for CsvExporter::exportRows.
    Status exportRows(const Filter& filter, const std::function<bool(std::span<const ExportValue>)>& row) const;

private:
    Database& m_db;
};

} // namespace rapport::core
