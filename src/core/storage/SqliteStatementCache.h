#pragma once

#include "storage/SqliteStatement.h"

#include <vector>

namespace rapport::core {

// Statements prepared on first use and kept for many rows, in numbered slots (an enum of the
// caller's); clear() finalizes them all, as a transaction that used them ends.
class SqliteStatementCache
{
public:
    explicit SqliteStatementCache(std::size_t count) : m_slots(count) {}

    void setHandle(sqlite3* handle) { m_handle = handle; }

    // The statement in `slot`, prepared from `sql` the first time.
    Result<SqliteStatement*> get(int slot, QByteArrayView sql, const QString& what)
    {
        SqliteStatement& s = m_slots[static_cast<std::size_t>(slot)];
        if (!s.isPrepared()) {
            auto prepared = SqliteStatement::prepare(m_handle, sql, what, SqliteStatement::Reuse::Persistent);
            if (!prepared)
                return prepared.error();
            s = std::move(*prepared);
        }
        return &s;
    }

    // The statement in `slot` if it was prepared already (so that its text need not be built).
    SqliteStatement* prepared(int slot)
    {
        SqliteStatement& s = m_slots[static_cast<std::size_t>(slot)];
        return s.isPrepared() ? &s : nullptr;
    }

    void clear()
    {
        for (SqliteStatement& s : m_slots)
            s.finalize();
    }

private:
    sqlite3* m_handle = nullptr;
    std::vector<SqliteStatement> m_slots;
};

} // namespace rapport::core
