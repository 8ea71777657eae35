#pragma once

#include <QtGlobal>

struct sqlite3;

namespace rapport::core {

// A larger SQLite page cache for one read on a connection, put back afterwards (PRAGMA
// cache_size is per connection, and SQLite's default is 2 MB). For a read that seeks all over
// the file and comes back to the same pages: with them evicted, each return is a read()
// system call and a copy. The pages are taken only as the read touches them. Nothing on a
// server (a null handle). Storage only.
class ScopedCacheSize
{
public:
    ScopedCacheSize(sqlite3* handle, int kibibytes);
    ~ScopedCacheSize();
    Q_DISABLE_COPY_MOVE(ScopedCacheSize)

private:
    sqlite3* m_handle;
    qint64 m_previous = 0;
    bool m_set = false;
};

} // namespace rapport::core
