#pragma once

#include "common/Result.h"

#include <QString>
#include <functional>

class QIODevice;

namespace rapport::core {

// Writes a file the user named (a CSV export, a report) without ever replacing something
// that is not a regular file. A new or regular file is written through QSaveFile (a
// failure leaves no half-written file and an existing one as it was) and is readable by
// its owner only (0600): it holds customer data. A FIFO or a character device
// (/dev/stdout, /dev/null, a terminal) is written to directly and keeps its mode: the
// write-then-rename of QSaveFile would turn it into a regular file full of customer data
// (for root, /dev/null itself). A folder, a block device or a socket is refused.
class OutputFile
{
public:
    using Writer = std::function<Status(QIODevice&)>;

    // Opens `path` as above and runs `writer` on it. `what` names the content in
    // messages ("the report"); errors name the path.
    static Status write(const QString& path, const QString& what, const Writer& writer);
};

} // namespace rapport::core
