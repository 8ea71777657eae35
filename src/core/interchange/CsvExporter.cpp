#include "interchange/CsvExporter.h"

#include "common/OutputFile.h"
#include "interchange/CsvWriter.h"
#include "interchange/ValueParsers.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/ExportStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstdio>
#include <cstring>

namespace rapport::core {
namespace {

// How a stored column becomes a cell.
enum class Cell { Text, Plain, Instant, Amount, Integer, Flag };

std::vector<Cell> cellsFor(CsvKind kind)
{
    using enum Cell;
    switch (kind) {
    case CsvKind::Reps:
        return {Text, Text, Plain};
    case CsvKind::Customers:
        return {Text, Text, Text, Text, Text, Text, Text, Instant, Instant, Text};
    case CsvKind::Interactions:
        return {Text, Text, Text, Plain, Instant, Amount, Text, Text, Instant, Text};
    case CsvKind::Surveys:
        return {Text, Text, Plain, Integer, Instant, Text, Text};
    case CsvKind::Products:
        return {Text, Text, Text, Flag};
    }
    return {};
}

// Seconds -> "2026-07-14T09:30:00Z" without a QDateTime per cell (civil_from_days).
QByteArrayView formatInstant(qint64 t, char* buffer)
{
    qint64 days = t / 86400;
    qint64 rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 0 || y > 9999) {
        const QByteArray text = ValueParsers::formatInstant(t).toUtf8();
        const qsizetype n = std::min<qsizetype>(text.size(), 31);
        memcpy(buffer, text.constData(), static_cast<std::size_t>(n));
        return QByteArrayView(buffer, n);
    }
    const int len = std::snprintf(buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", static_cast<int>(y),
                                  static_cast<int>(m), static_cast<int>(d), static_cast<int>(rest / 3600),
                                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return QByteArrayView(buffer, len);
}

QByteArrayView formatAmount(qint64 cents, char* buffer)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const int len =
        std::snprintf(buffer, 32, "%s%lld.%02lld", cents < 0 ? "-" : "",
                      static_cast<long long>(magnitude / 100), static_cast<long long>(magnitude % 100));
    return QByteArrayView(buffer, len);
}

} // namespace

CsvExporter::CsvExporter(Database& db) : m_db(db) {}

namespace {

// Through OutputFile: a file is replaced atomically and readable by the owner only; a pipe
// or a device (/dev/stdout) is written to, never replaced.
Result<qint64> toFile(const QString& path, const std::function<Result<qint64>(QIODevice&)>& write)
{
    qint64 rows = 0;
    const Status s = OutputFile::write(path, QCoreApplication::translate("CsvExporter", "the CSV file"),
                                       [&](QIODevice& device) -> Status {
                                           auto r = write(device);
                                           if (!r)
                                               return r.error();
                                           rows = *r;
                                           return {};
                                       });
    if (!s)
        return s.error();
    return rows;
}

} // namespace

Result<qint64> CsvExporter::exportFile(CsvKind kind, const QString& path, const ExportOptions& options)
{
    // Renaming the export over the database (or its log) would replace the book itself.
    if (Status s =
            m_db.refuseOwnFile(path, QCoreApplication::translate("CsvExporter", "written as the CSV file"));
        !s)
        return s.error();
    return toFile(path, [&](QIODevice& device) { return exportDevice(kind, device, options); });
}

Result<qint64> CsvExporter::exportRows(CsvKind kind, const QString& path, const RowSource& source,
                                       const ExportOptions& options, qint64 total)
{
    return toFile(path, [&](QIODevice& device) { return exportRows(kind, device, source, options, total); });
}

QString CsvExporter::cancelledMessage()
{
    return QCoreApplication::translate("CsvExporter", "The export was cancelled.");
}

Result<qint64> CsvExporter::exportDevice(CsvKind kind, QIODevice& device, const ExportOptions& options)
{
    ExportStore store(m_db);
    const ExportTable table = CsvExporter::tableFor(kind);
    qint64 total = 0;
    if (options.progress) {
        auto n = store.count(table);
        if (!n)
            return n.error();
        total = *n;
    }
    return exportRows(
        kind, device,
        [&](const std::function<bool(std::span<const ExportValue>)>& row) {
            return store.forEach(table, row);
        },
        options, total);
}

Result<qint64> CsvExporter::exportRows(CsvKind kind, QIODevice& device, const RowSource& source,
                                       const ExportOptions& options, qint64 total)
{
    CsvWriter writer(&device);
    if (options.byteOrderMark)
        writer.writeByteOrderMark();
    for (const CsvColumn& c : csvColumns(kind))
        writer.addPlainField(QByteArrayView(c.name));
    writer.endRecord();

    const std::vector<Cell> cells = cellsFor(kind);
    qint64 rows = 0;
    bool cancelled = false;
    std::size_t shortRow = 0; // the columns of a row that had fewer than the file (a query out of step)
    char buffer[32];
    Status s = source([&](std::span<const ExportValue> values) {
        if (values.size() < cells.size()) {
            shortRow = values.size();
            return false;
        }
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const ExportValue& v = values[i];
            if (v.isNull) {
                writer.addPlainField({});
                continue;
            }
            switch (cells[i]) {
            case Cell::Text:
                writer.addField(v.text);
                break;
            case Cell::Plain:
                writer.addPlainField(v.text);
                break;
            case Cell::Instant:
                writer.addPlainField(formatInstant(v.integer, buffer));
                break;
            case Cell::Amount:
                writer.addPlainField(formatAmount(v.integer, buffer));
                break;
            case Cell::Flag:
                // A product's active flag, 0 or 1, as the words the import reads.
                writer.addPlainField(v.integer != 0 ? QByteArrayView("true") : QByteArrayView("false"));
                break;
            case Cell::Integer: {
                const int len =
                    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v.integer));
                writer.addPlainField(QByteArrayView(buffer, len));
                break;
            }
            }
        }
        writer.endRecord();
        ++rows;
        if (options.progress && rows % 4096 == 0)
            options.progress(rows, total);
        if (options.isCancelled && rows % 256 == 0 && options.isCancelled()) {
            cancelled = true;
            return false;
        }
        return !writer.hasError();
    });
    if (!s)
        return s.error();
    if (shortRow > 0)
        return Error::make(QStringLiteral("The export read %1 columns where the %2 file has %3.")
                               .arg(shortRow)
                               .arg(toString(kind))
                               .arg(cells.size()));
    if (cancelled || (options.isCancelled && options.isCancelled()))
        return Error::make(cancelledMessage());
    if (!writer.flush())
        return Error::make(QCoreApplication::translate("CsvExporter", "Writing the CSV file failed: %1")
                               .arg(device.errorString()));
    if (options.progress)
        options.progress(rows, total);
    qCInfo(lcImport) << "export" << toString(kind) << "rows" << rows;
    return rows;
}

ExportTable CsvExporter::tableFor(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Reps:
        return ExportTable::Reps;
    case CsvKind::Customers:
        return ExportTable::Customers;
    case CsvKind::Interactions:
        return ExportTable::Interactions;
    case CsvKind::Surveys:
        return ExportTable::Surveys;
    case CsvKind::Products:
        return ExportTable::Products;
    }
    return ExportTable::Reps;
}

} // namespace rapport::core
