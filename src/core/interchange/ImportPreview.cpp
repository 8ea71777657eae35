#include "interchange/ImportPreview.h"

#include "common/Error.h"
#include "interchange/CsvImporter.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "interchange/ImportColumnMatcher.h"

#include <QBuffer>
#include <QFile>
#include <algorithm>
#include <limits>

namespace rapport::core {

Result<ImportFileHead> ImportPreview::read(const QString& path, int maxRows, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // One read of the file's start, so that a quote never closed in a large file cannot make
    // the window read it all; ending the window at a line break keeps whole lines.
    QByteArray window = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError)
        return Error::make(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const bool truncated = !file.atEnd();
    if (truncated)
        window.truncate(std::max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1);

    ImportFileHead head;
    ImportPreviewData& data = head.preview;
    int missingSamples = 0;
    {
        QBuffer source(&window);
        source.open(QIODevice::ReadOnly);
        QBuffer out(&head.copy);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        CsvReader reader(&source);
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
                head.samples = QStringList(data.header.size(), QString());
                missingSamples = static_cast<int>(data.header.size());
                headerRead = true;
                continue;
            }
            data.rows.push_back({record.line(), record.toStringList(), {}, {}, {}});
            for (int i = 0;
                 missingSamples > 0 && i < qMin(record.size(), static_cast<int>(head.samples.size())); ++i) {
                if (head.samples[i].isEmpty() && !record.raw(i).isEmpty()) {
                    head.samples[i] = record.text(i);
                    --missingSamples;
                }
            }
        }
        head.emptyFile = !headerRead && !reader.hasError() && !truncated;
        if (!headerRead && truncated)
            data.fileProblem =
                tr("its first line is longer than %1 KiB: is it a CSV file?").arg(maxBytes / 1024);
        else if (reader.hasError() && !truncated)
            data.fileProblem = reader.errorString();
        else if (head.emptyFile)
            data.fileProblem = tr("the file is empty: its first line must name the columns");
        // A reader error in a cut window is most likely the cut itself (a quoted field going
        // on past it): the rows before it are shown, and the import reads the whole file.
        if (truncated && headerRead)
            data.moreRows = true;
        if (!writer.flush())
            return Error::make(tr("Cannot prepare the preview of %1").arg(path));
    }
    head.guessedKind = ImportColumnMatcher::guessKind(data.header, path);

    // The line each row starts on in the copy (quoted line breaks keep rows spanning lines).
    // The copy is in memory and holds at most maxRows rows: reading it again is cheap, and
    // counts lines exactly as the importer will.
    QBuffer in(&head.copy);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    CsvRecord record;
    bool headerRead = false;
    while (reader.readRecord(record)) {
        if (headerRead)
            head.copyLines.push_back(record.line());
        headerRead = true;
    }
    return head;
}

Result<ImportPreviewData> ImportPreview::check(Database& db, CsvKind kind, const ImportFileHead& head,
                                               const QHash<QString, QString>& columnMapping,
                                               std::function<bool()> isCancelled)
{
    ImportPreviewData data = head.preview;
    if (data.header.isEmpty() && data.rows.empty())
        return data;

    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = true;
    options.maxListedProblems = std::numeric_limits<int>::max();
    options.columnMapping = columnMapping;
    options.isCancelled = std::move(isCancelled);
    QByteArray copy = head.copy; // shared, not copied: QBuffer only reads it
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

    QHash<qint64, std::size_t> rowOfCopyLine;
    for (std::size_t i = 0; i < head.copyLines.size(); ++i)
        rowOfCopyLine.insert(head.copyLines[i], i);
    // Which file column holds each interchange column, to mark the bad cell.
    QHash<QString, int> fileColumnOf;
    for (int i = 0; i < data.header.size(); ++i) {
        const QString own = data.header.at(i).trimmed().toLower();
        const QString target = columnMapping.contains(own) ? columnMapping.value(own) : own;
        if (target.isEmpty())
            continue;
        fileColumnOf.insert(target, i);
        // A problem in a mapped column names it as the file does (CsvImporter).
        fileColumnOf.insert(data.header.at(i).trimmed(), i);
    }
    for (const ImportProblem& n : report->notices) {
        if (const auto row = rowOfCopyLine.constFind(n.line);
            row != rowOfCopyLine.cend() && *row < data.rows.size())
            data.rows[*row].notices << n.reason;
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

Result<ImportPreviewData> ImportPreview::build(Database& db, CsvKind kind, const QString& path,
                                               const QHash<QString, QString>& columnMapping, int maxRows)
{
    Result<ImportFileHead> head = read(path, maxRows, kHeadBytes);
    if (!head)
        return head.error();
    return check(db, kind, *head, columnMapping);
}

} // namespace rapport::core
