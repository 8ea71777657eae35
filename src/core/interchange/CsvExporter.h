#pragma once

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <functional>

class QIODevice;

namespace rapport::core {

class Database;

struct ExportOptions
{
    // A UTF-8 byte-order mark first: older spreadsheets need it to see UTF-8; scripts don't.
    bool byteOrderMark = false;
    // Called now and then with the rows written so far and the table's row count.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Writes one kind of record as CSV with the columns of interchange.md (CsvFormat.h), so
// that exporting, importing into an empty database and exporting again gives the same
// file. Instants are written as 2026-07-14T09:30:00Z, amounts as 19.99, text cells
// neutralised for spreadsheets (CsvWriter). Files go through QSaveFile (a failure never
// leaves half a file) and are readable by the owner only (0600): they hold customer data.
class CsvExporter
{
public:
    explicit CsvExporter(Database& db);

    // Returns the number of rows written (the header not counted).
    Result<qint64> exportFile(CsvKind kind, const QString& path, const ExportOptions& options = {});
    Result<qint64> exportDevice(CsvKind kind, QIODevice& device, const ExportOptions& options = {});

private:
    Database& m_db;
};

} // namespace rapport::core
