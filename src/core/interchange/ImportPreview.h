#pragma once

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace rapport::core {

class Database;

struct ImportPreviewRow
{
    qint64 line = 0;      // the line of the file the row starts on (the header is line 1)
    QStringList cells;    // as in the file
    QStringList problems; // "acquired_at: ... is not a valid instant ...", empty when the row is valid
    QSet<int> badCells;   // indexes into cells of the values a problem is about
    QStringList notices;  // imported as they are but worth a look ("email: ... does not look like ...")
};

struct ImportPreviewData
{
    QStringList header;
    std::vector<ImportPreviewRow> rows;
    bool moreRows = false;  // the file has rows after the ones shown
    qint64 invalidRows = 0; // among `rows`
    QString fileProblem;    // why the file cannot be imported at all (e.g. an unclosed quote), if so
};

// Everything the wizard needs from a file before the import, from one read of its start:
// the header, the first rows, a sample value per column, the guessed kind, and the same rows
// as a small CSV in memory that the dry run imports (so the file is not read again).
struct ImportFileHead
{
    ImportPreviewData preview; // header, rows (no problems yet), moreRows, fileProblem
    QStringList samples;       // per header column, its first value that is not empty ("" if none)
    CsvKind guessedKind = CsvKind::Customers;
    bool emptyFile = false;        // not even a header
    QByteArray copy;               // header and rows, the fields' bytes as in the file
    std::vector<qint64> copyLines; // per row, the line of `copy` it starts on
};

// The first rows of a file, checked by the real importer: read() copies them into a small
// CSV in memory, and check() imports that copy as a dry run with skipInvalid on the given
// database (the rollback leaves it as it was; the write lock is held only for those rows).
// The problems come back with the original file's line numbers. check() touches no file and
// no widget, so it can run on a BackgroundJob's connection.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    // The most of a file read() looks at: 200 rows of any sensible CSV fit many times over.
    static constexpr qint64 kHeadBytes = 1024 * 1024;

    // At most maxRows rows from at most maxBytes of the file's start.
    static Result<ImportFileHead> read(const QString& path, int maxRows, qint64 maxBytes = kHeadBytes);
    static Result<ImportPreviewData> check(Database& db, CsvKind kind, const ImportFileHead& head,
                                           const QHash<QString, QString>& columnMapping,
                                           std::function<bool()> isCancelled = {});
    // read() and check() in one.
    static Result<ImportPreviewData> build(Database& db, CsvKind kind, const QString& path,
                                           const QHash<QString, QString>& columnMapping, int maxRows);
};

} // namespace rapport::core
