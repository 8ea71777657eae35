#pragma once

#include "common/Result.h"

#include <QString>

namespace rapport::core {

// A file written under a temporary name beside its target and moved onto the target only
// when complete, so that a crash or a kill leaves no half-written file under the real name
// and never blocks the next attempt. The temporary file is created owner-only (0600) from
// its first byte: what goes into it is customer data, and a umask of 022 would otherwise
// leave it readable by everyone while it is written or after a crash.
class PartialFile
{
public:
    enum class Replace { No, Yes };

    explicit PartialFile(QString targetPath);
    ~PartialFile(); // removes the temporary file (and an SQLite journal beside it) unless moved
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    // Creates the empty temporary file. Temporary files left by processes that no longer run
    // are removed first.
    Status create();
    const QString& path() const { return m_path; }

    // Flushes the file to disk and renames it onto the target. With Replace::No an existing
    // target is an error and stays as it was; with Replace::Yes only a regular file may be
    // replaced (never a FIFO, a device or a folder).
    Status moveOntoTarget(Replace replace);

private:
    void removeStalePartials() const;

    QString m_target;
    QString m_path;
    bool m_moved = false;
};

} // namespace rapport::core
