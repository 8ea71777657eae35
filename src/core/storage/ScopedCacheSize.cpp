#include "storage/ScopedCacheSize.h"

#include "storage/SqliteStatement.h"

#include <QByteArray>

namespace rapport::core {

ScopedCacheSize::ScopedCacheSize(sqlite3* handle, int kibibytes) : m_handle(handle)
{
    if (!handle)
        return; // a server
    // A failure only means the read runs with the cache it has: nobody is told.
    auto previous = SqliteStatement::integerOf(handle, "PRAGMA cache_size", QString());
    // Negative: KiB (SQLite's default, -2000); positive: pages, set deliberately, left alone.
    if (!previous || *previous >= 0 || -*previous >= kibibytes)
        return;
    m_previous = *previous;
    const QByteArray set = "PRAGMA cache_size = -" + QByteArray::number(kibibytes);
    m_set = sqlite3_exec(handle, set.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

ScopedCacheSize::~ScopedCacheSize()
{
    if (!m_set)
        return;
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(m_previous);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
}

} // namespace rapport::core
