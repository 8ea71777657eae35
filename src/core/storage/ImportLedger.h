#pragma once

#include "common/Result.h"
#include "storage/ImportedRows.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace rapport::core {

// What the rows written so far did: new rows, rows matched and changed, rows matched as they are.
struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

// A valid row that cannot be written as it stands, found when it is matched with what is
// stored: it names a record an earlier row of the file named already, it matches several
// stored records, or a value it keeps contradicts one it changes.
struct ImportStoreProblem
{
    qint64 line = 0;
    QString column; // a column of interchange.md, or "row"
    QString reason;
};

// The account of a running import (ImportStore): which stored record each line of the file
// added or matched (ImportedRows), the counts, and the rows refused with a problem. It
// decides whether a line may write a record: a file may name each record once.
class ImportLedger
{
public:
    // Inside the import's transaction.
    Status begin(sqlite3* handle, const char* table);
    void end() { m_rows.end(); }

    // Record `id` was just inserted for `line`.
    Status added(qint64 id, qint64 line);
    // Record `id`, stored before, was matched by `line`: written when it differed.
    Status matched(qint64 id, qint64 line, bool same);

    // Whether `line` may compare and write stored record `id`: false when the row is done,
    // because its own batch added the record (above `maxBefore`, not claimed by an earlier
    // line) or because an earlier line of the file named it already (a problem).
    Result<bool> claim(qint64 id, qint64 maxBefore, qint64 line, const char* column);

    // A row without external_id found by its values among `candidates` (id, equal to the
    // row), in id order: the record to compare with, or nullopt when there is none or the
    // row was refused (a duplicate of an earlier line, or several records and none equal).
    struct Candidate
    {
        qint64 id;
        bool equal;
    };
    Result<std::optional<Candidate>> pick(const std::vector<Candidate>& candidates, qint64 line,
                                          bool& refused, const QString& duplicateWhy,
                                          const QString& ambiguousWhat);

    // A stored instant the file has no column for (`kept`) must not precede the row's instant
    // `at` in `column`; when it does, the row is refused with a problem and this says true.
    bool keptValueContradicts(qint64 line, const char* column, qint64 at, const char* keptColumn,
                              const std::optional<qint64>& kept);

    const ImportCounts& counts() const { return m_counts; }
    std::vector<ImportStoreProblem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    void problem(qint64 line, const char* column, const QString& reason);

    ImportedRows m_rows;
    ImportCounts m_counts;
    std::vector<ImportStoreProblem> m_problems;
};

} // namespace rapport::core
