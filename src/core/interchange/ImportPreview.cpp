#include "interchange/ImportPreview.h"

#include "common/Error.h"
#include "interchange/CsvImporter.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <limits>

namespace rapport::core {

Result<ImportPreviewData> ImportPreview::build(Database& db, CsvKind kind, const QString& path,
                                               const QHash<QString, QString>& columnMapping, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(tr("Cannot read %1: %2").arg(path, file.errorString()));

    ImportPreviewData data;
    QByteArray copy;
    {
        QBuffer out(&copy);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        CsvReader reader(&file);
        CsvRecord record;
        bool headerRead = false;
        while (reader.readRecord(record)) {
            if (headerRead && static_cast<int>(data.rows.size()) == maxRows) {
                data.moreRows = true;
                break;
            }
            // Plain fields: the bytes go to the importer exactly as they are in the file.
            for (int i = 0; i < record.size(); ++i)
                writer.addPlainField(record.raw(i));
            writer.endRecord();
            if (!headerRead) {
                data.header = record.toStringList();
                headerRead = true;
            } else {
                data.rows.push_back({record.line(), record.toStringList(), {}, {}});
            }
        }
        if (reader.hasError())
            data.fileProblem = reader.errorString();
        else if (!headerRead)
            data.fileProblem = tr("the file is empty: its first line must name the columns");
        if (!writer.flush())
            return Error::make(tr("Cannot prepare the preview of %1").arg(path));
    }
    if (data.header.isEmpty() && data.rows.empty())
        return data;

    // The line each row starts on in the copy (quoted line breaks keep rows spanning lines).
    QHash<qint64, std::size_t> rowOfCopyLine;
    {
        QBuffer in(&copy);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in);
        CsvRecord record;
        std::size_t index = 0;
        bool headerRead = false;
        while (reader.readRecord(record)) {
            if (headerRead)
                rowOfCopyLine.insert(record.line(), index++);
            headerRead = true;
        }
    }

    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = true;
    options.maxListedProblems = std::numeric_limits<int>::max();
    options.columnMapping = columnMapping;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    Result<ImportReport> report = CsvImporter(db).importDevice(kind, in, options);
    if (!report)
        return report.error();
    if (!report->fileProblem.isEmpty()) {
        if (data.fileProblem.isEmpty())
            data.fileProblem = report->fileProblem;
        return data;
    }
    data.invalidRows = report->invalidRows;

    // Which file column holds each interchange column, to mark the bad cell.
    QHash<QString, int> fileColumnOf;
    for (int i = 0; i < data.header.size(); ++i) {
        const QString own = data.header.at(i).trimmed().toLower();
        const QString target = columnMapping.contains(own) ? columnMapping.value(own) : own;
        if (!target.isEmpty())
            fileColumnOf.insert(target, i);
    }
    for (const ImportProblem& p : report->problems) {
        const auto row = rowOfCopyLine.constFind(p.line);
        if (row == rowOfCopyLine.cend() || *row >= data.rows.size())
            continue;
        ImportPreviewRow& r = data.rows[*row];
        if (p.column == QLatin1String("row")) {
            r.problems << p.reason;
        } else {
            r.problems << QStringLiteral("%1: %2").arg(p.column, p.reason);
            if (const auto c = fileColumnOf.constFind(p.column); c != fileColumnOf.cend())
                r.badCells.insert(*c);
        }
    }
    return data;
}

} // namespace rapport::core
