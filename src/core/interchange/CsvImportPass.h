#pragma once

#include "common/Result.h"
#include "interchange/CsvImporter.h"

class QIODevice;

namespace rapport::core {

class Database;

// One import of one CSV file into the book, for CsvImporter: reads the header and maps its
// columns, checks every row (interchange.md), hands the valid ones to the ImportStore of the
// book's engine while the file can still be accepted, and reports progress, cancellation and
// every problem with its line and column.
class CsvImportPass
{
public:
    static Result<ImportReport> run(Database& db, CsvKind kind, QIODevice& device,
                                    const ImportOptions& options);
};

} // namespace rapport::core
