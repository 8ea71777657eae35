#pragma once

#include "common/Result.h"
#include "interchange/CsvFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::core {

class Database;

struct ImportPreviewRow
{
    qint64 line = 0;      // the line of the file the row starts on (the header is line 1)
    QStringList cells;    // as in the file
    QStringList problems; // "acquired_at: ... is not a valid instant ...", empty when the row is valid
    QSet<int> badCells;   // indexes into cells of the values a problem is about
};

struct ImportPreviewData
{
    QStringList header;
    std::vector<ImportPreviewRow> rows;
    bool moreRows = false;  // the file has rows after the ones shown
    qint64 invalidRows = 0; // among `rows`
    QString fileProblem;    // why the file cannot be imported at all (e.g. an unclosed quote), if so
};

// The first rows of a file, checked by the real importer: they are copied into a small CSV
// in memory (so that nothing but these rows is read) and imported from there as a dry run
// with skipInvalid, on the caller's database; the rollback leaves it as it was. The problems
// come back with the original file's line numbers.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    static Result<ImportPreviewData> build(Database& db, CsvKind kind, const QString& path,
                                           const QHash<QString, QString>& columnMapping, int maxRows);
};

} // namespace rapport::core
