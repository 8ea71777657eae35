#pragma once

#include "common/Result.h"
#include "domain/ChurnReason.h"

#include <QStringList>
#include <vector>

namespace rapport::core {

class Database;

// The team's list of churn reasons (issue 19): what Mark Churned offers, and the manager's
// changes to it. A rename or merge gives every customer who left for the old reason the new
// one, in one transaction: the figures of every period, earlier ones included, count them under
// the new name, and the reason-trend findings compare like with like. Only a login that sees
// the whole book changes the list (on a team server a rep reaches only their own customers, so
// a rename by them would split a reason in two).
class ChurnReasonService
{
public:
    explicit ChurnReasonService(Database& db) : m_db(db) {}

    // Whether this login may change the list (a manager, an admin, anyone with a file).
    Result<bool> canChange() const;
    // Every reason listed or in use, the most given first.
    Result<std::vector<ChurnReason>> list() const;
    // The keys Mark Churned offers: the same order.
    Result<QStringList> choices() const;
    // Puts a new reason on the list; `text` as typed ("Too expensive" → too_expensive). One that
    // exists is a Conflict naming it.
    Result<QString> add(const QString& text);
    // Takes a reason off the list; refused while customers carry it (merge it instead).
    Status remove(const QString& key);
    // Renames `from` to `text` as typed, or merges it into that reason when it exists.
    Result<ChurnReasonRename> rename(const QString& from, const QString& text);
    // The undo of rename(): moves back the customers it moved, restores the list.
    Status undoRename(const ChurnReasonRename& rename);

private:
    Status mayChangeList() const;
    // The rights check, one write transaction around `steps(ChurnReasonStore&)`, the commit.
    template <typename T, typename Steps> Result<T> changeList(Steps steps);

    Database& m_db;
};

} // namespace rapport::core
