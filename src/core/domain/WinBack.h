#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::core {

// How a win-back outreach (a call, e-mail or meeting with a churned customer) went. Stored in
// interactions.category as "win_back_" + the key, so it travels through CSV unchanged
// (metrics.md, "The win-back queue").
enum class WinBackOutcome { WonBack, Declined, NoAnswer };

// "won_back", "declined", "no_answer".
QString outcomeKey(WinBackOutcome outcome);
// "win_back_won_back", ...: the category an outreach is stored with.
QString outcomeCategory(WinBackOutcome outcome);
// The outcome an interaction's category records, if it is one of the three.
std::optional<WinBackOutcome> outcomeFromCategory(const QString& category);

// A customer of the win-back queue: churned in the 12 months before now, not back, and with
// no purchase since they left.
struct WinBackEntry
{
    qint64 customerId = 0;
    QString name;
    QString company;
    QString owner;     // rep id, empty when unassigned
    QString ownerName; // the rep's name (their id when the name is empty)
    QDateTime churnedAt;
    QString churnReason;           // a key, empty: unknown
    qint64 revenueBeforeCents = 0; // purchases, refunds included, in [churned_at - 365 d, churned_at)
    QDateTime lastOutreachAt;      // invalid: nobody has tried yet
    std::optional<WinBackOutcome> lastOutcome;

    friend bool operator==(const WinBackEntry&, const WinBackEntry&) = default;
};

} // namespace rapport::core
