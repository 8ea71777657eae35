#pragma once

#include "common/Result.h"
#include "storage/SqliteStatement.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace rapport::core {

// The rows of the target table that the running import has added or matched, each with
// the line of the file it came from: a later row of the file that lands on one of them
// names the same record twice, which ImportStore reports as "duplicates line M".
//
// Memory stays flat however long the file: rows the import adds get the ids after the
// table's largest one, in file order, so their lines are kept as a compact list (about
// one byte a row); rows that were stored before and are matched go to a temporary table
// (SQLite's temp store), created only when the first one is matched.
class ImportedRows
{
public:
    ImportedRows() = default;
    ImportedRows(const ImportedRows&) = delete;
    ImportedRows& operator=(const ImportedRows&) = delete;

    // Inside the import's transaction: remembers the table's largest rowid.
    Status begin(sqlite3* handle, const char* table);
    // Finalizes the statements and drops the temporary table (call before COMMIT; after a
    // ROLLBACK the table is gone with the transaction that created it).
    void end();

    // The line of the file that added or matched row `id`, if one did.
    Result<std::optional<qint64>> lineOf(qint64 id);
    // Row `id` was just inserted for line `line`.
    Status added(qint64 id, qint64 line);
    // Row `id`, stored before this import, was matched by line `line`.
    Status matched(qint64 id, qint64 line);

private:
    Status ensureTable();

    // Lines in increasing order, stored as varint deltas with a checkpoint every 64 entries.
    class LineList
    {
    public:
        void append(qint64 line);
        qint64 at(std::size_t index) const;
        std::size_t size() const { return m_size; }
        void clear();

    private:
        static constexpr std::size_t kEvery = 64;
        struct Checkpoint
        {
            qsizetype offset; // into m_bytes
            qint64 line;
        };
        QByteArray m_bytes;
        std::vector<Checkpoint> m_checkpoints;
        std::size_t m_size = 0;
        qint64 m_last = 0;
    };

    sqlite3* m_handle = nullptr;
    qint64 m_maxBefore = 0; // the table's largest rowid when the import began
    LineList m_addedLines;  // the line of row m_maxBefore + 1 + i
    bool m_tableCreated = false;
    SqliteStatement m_find;
    SqliteStatement m_insert;
};

} // namespace rapport::core
