#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::core {

// The global interaction list, newest first: its filter, its rows and where a page ended.
struct InteractionListFilter
{
    QString kind;   // an interaction kind's string; empty: any
    QString rep;    // a rep id; empty: any
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
    QString search; // in the customer's name or company, case-insensitive
    friend bool operator==(const InteractionListFilter&, const InteractionListFilter&) = default;
};

struct InteractionListRow
{
    // Notes are cut to this many characters for the list; the full text is the customer's.
    static constexpr int kNotesExcerpt = 160;

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
struct InteractionListCursor
{
    qint64 occurredAt = 0; // seconds since the epoch, as stored
    qint64 id = 0;
    static InteractionListCursor after(const InteractionListRow& row)
    {
        return {row.occurredAt.toSecsSinceEpoch(), row.id};
    }
};

} // namespace rapport::core
