#pragma once

#include "common/Result.h"
#include "storage/PartialFile.h"

#include <QString>
#include <functional>

namespace rapport::core {

class Database;

// Copies every record of one Rapport database into another, empty one, in one transaction on
// the target: a file into a team server, a server into a file, or file to file. Ids are kept,
// so follow-ups, check-ins and answers point at the same records, and every export of the two
// is the same. The target must hold no record at all; a failure or a cancel leaves it as it
// was. The tables, their order and their columns' types come from Rapport's own schema (the
// migrations), never from the source.
class BookCopy
{
public:
    // Called now and then with the rows copied so far and the total; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status copy(const Database& source, Database& target, const Progress& progress = {});
    // The same into a new file at `path`, written under a temporary name and renamed once
    // complete and closed (Replace::Yes replaces a regular file there).
    static Status copyToNewFile(const Database& source, const QString& path, PartialFile::Replace replace,
                                const Progress& progress = {});
};

} // namespace rapport::core
