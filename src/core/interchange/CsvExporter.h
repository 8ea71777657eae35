#pragma once

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <functional>
#include <span>

class QIODevice;

namespace rapport::core {

enum class ExportTable;

class Database;
struct ExportValue;

struct ExportOptions
{
    // A UTF-8 byte-order mark first: older spreadsheets need it to see UTF-8; scripts don't.
    bool byteOrderMark = false;
    // Called now and then with the rows written so far and the table's row count.
    std::function<void(qint64 done, qint64 total)> progress;
    // Polled now and then; true stops the export with an error (a file is then not written).
    std::function<bool()> isCancelled;
};

// Writes one kind of record as CSV with the columns of interchange.md (CsvFormat.h), so
// that exporting, importing into an empty database and exporting again gives the same
// file. Instants are written as 2026-07-14T09:30:00Z, amounts as 19.99, text cells
// neutralised for spreadsheets (CsvWriter). Files are written through OutputFile: a regular
// file atomically (a failure never leaves half a file) and readable by the owner only (0600,
// it holds customer data); a pipe or a device such as /dev/stdout directly, never replaced.
class CsvExporter
{
public:
    explicit CsvExporter(Database& db);

    // Returns the number of rows written (the header not counted).
    Result<qint64> exportFile(CsvKind kind, const QString& path, const ExportOptions& options = {});
    Result<qint64> exportDevice(CsvKind kind, QIODevice& device, const ExportOptions& options = {});
    // The message of the error returned when ExportOptions::isCancelled said stop.
    static QString cancelledMessage();
    // The table whose rows a file of `kind` holds.
    static ExportTable tableFor(CsvKind kind);

    // Rows in the columns of `kind` (ExportStore's order) from a source other than the
    // whole table: a list's filtered rows. The source calls its argument once per row and
    // stops when it returns false. `total` (0: unknown) is what progress reports as the total.
    using RowSource = std::function<Status(const std::function<bool(std::span<const ExportValue>)>& row)>;
    static Result<qint64> exportRows(CsvKind kind, const QString& path, const RowSource& source,
                                     const ExportOptions& options = {}, qint64 total = 0);
    static Result<qint64> exportRows(CsvKind kind, QIODevice& device, const RowSource& source,
                                     const ExportOptions& options = {}, qint64 total = 0);

private:
    Database& m_db;
};

} // namespace rapport::core
