#pragma once

// CSV import and export of interchange.md, for the command line and the GUI's import wizard.
//
//   Formats     CsvFormat.h    CsvKind (reps, customers, interactions, surveys) and its columns.
//   Reading     CsvReader.h    a streaming RFC 4180 reader (BOM, CRLF/LF, quotes, UTF-8 check,
//                              the line each record starts on).
//   Values      ValueParsers.h ISO 8601 instants -> UTC seconds, "19.99" -> 1999 cents, scores
//                              per survey; the GUI uses the same parsers so both accept the same text.
//   Writing     CsvWriter.h    quoting and formula neutralisation.
//   Import      CsvImporter    (this file) validates every row and writes in ONE transaction.
//   Export      CsvExporter.h  the same columns, written atomically with owner-only permissions.
//
// Import in short:
//
//     CsvImporter importer(db);
//     ImportOptions options;            // dryRun, skipInvalid, progress, isCancelled
//     Result<ImportReport> r = importer.importFile(CsvKind::Customers, path, options);
//     if (!r)              -> a database or I/O failure (r.error()); nothing was written
//     else if (!r->accepted) -> the file was rejected (r->fileProblem, r->problems); nothing was written
//     else                 -> r->written (false in a dry run), r->added / updated / unchanged
//
// A file is rejected whole when it cannot be read as a whole (empty, not UTF-8, a column
// missing, an unclosed quote), or, unless skipInvalid is set, when any row is invalid.
// Rows are validated and written inside one transaction that is committed only when the
// file is accepted, so memory stays flat however long the file, and an interrupted or
// rejected import leaves the database as it was.

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QIODevice;

namespace rapport::core {

class Database;

struct ImportOptions
{
    // Validate and count everything, then roll back: the report says what would happen.
    bool dryRun = false;
    // Import the valid rows and report the invalid ones, instead of rejecting the file.
    bool skipInvalid = false;
    // How many problems the report lists one by one; the rest are only counted.
    int maxListedProblems = 100;
    // Called now and then with the bytes read so far and the file's size.
    std::function<void(qint64 done, qint64 total)> progress;
    // Polled now and then; returning true stops the import and rolls it back.
    std::function<bool()> isCancelled;
    // The import wizard's column mapping: a header name of the file (trimmed, any case) to the
    // interchange.md column it holds, or to an empty string to ignore that column. Header names
    // not in the map are matched by their own name, as without a mapping.
    QHash<QString, QString> columnMapping;
};

// One invalid value: "line 7: amount: "1.234" is not a valid amount: at most two decimals are allowed".
struct ImportProblem
{
    qint64 line = 0; // the line of the file on which the row starts (the header is line 1)
    QString column;  // a column name of interchange.md, or "row" for the row as a whole; the
                     // file's own header where ImportOptions::columnMapping renamed it
    QString reason;

    QString toString() const;
};

struct ImportReport
{
    CsvKind kind = CsvKind::Customers;
    // Why the file as a whole cannot be imported (empty, not UTF-8, a required column missing);
    // empty when the file could be read.
    QString fileProblem;
    bool accepted = false; // the rows are (or, in a dry run, would be) written
    bool written = false;  // the transaction was committed
    bool dryRun = false;
    bool cancelled = false;

    qint64 rows = 0; // data rows read (the header not counted)
    qint64 invalidRows = 0;
    qint64 added = 0; // in a rejected file these count only the rows before the first invalid one
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 repsCreated = 0; // reps named in owner/rep that did not exist

    std::vector<ImportProblem> problems; // the first maxListedProblems
    qint64 problemCount = 0;             // all of them
    QStringList warnings;                // unknown columns, a file with no rows, doubtful values
    // Values imported as they are but worth a look (an e-mail address that does not look like
    // one), the first maxListedProblems; a warning sums them up.
    std::vector<ImportProblem> notices;
    qint64 noticeCount = 0;

    // One line: "customers: 120 rows, 118 added, 2 updated, 0 unchanged, 3 reps created".
    QString summary() const;
    // fileProblem, or the listed problems one per line and "... and N more problems".
    QString problemsText() const;
};

class CsvImporter
{
public:
    explicit CsvImporter(Database& db);

    Result<ImportReport> importFile(CsvKind kind, const QString& path, const ImportOptions& options = {});
    // The device must be open for reading; its size (if known) drives progress.
    Result<ImportReport> importDevice(CsvKind kind, QIODevice& device, const ImportOptions& options = {});

private:
    Database& m_db;
};

} // namespace rapport::core
