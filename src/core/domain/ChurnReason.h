#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace rapport::core {

// One reason a customer may leave for, as the team's list shows it: its key (interchange.md:
// trimmed, lower case, spaces as '_'), how many customers gave it, and whether it is on the
// list (schema 11) or only in use (given by an import, or before the list existed).
struct ChurnReason
{
    QString key;
    qint64 customers = 0; // departures: a customer who left twice for it counts twice
    bool listed = false;
};

// What renaming the reason `from` to `to` changed, so that undo can change it back: the
// customers it moved (a merge moves them into a reason others already have, so undo must
// not move those), and which of the two keys were on the list before.
struct ChurnReasonRename
{
    QString from;
    QString to;
    std::vector<qint64> customerIds;
    std::vector<qint64> pastChurnIds; // earlier churns (past_churns) the rename moved
    bool fromListed = false;
    bool toListed = false;
    // Whether `to` was already given or listed: the rename merged two reasons.
    bool merged = false;
};

} // namespace rapport::core
