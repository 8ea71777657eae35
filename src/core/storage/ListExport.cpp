#include "storage/ListExport.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

QString readFailed()
{
    return QCoreApplication::translate("rapport::core::ListExport", "Reading the list to export failed");
}

void bind(RowReader& s, int index, const QVariant& v)
{
    if (v.isNull())
        return s.bindNull(index);
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return s.bindInt(index, v.toLongLong());
    case QMetaType::Double:
        return s.bindReal(index, v.toDouble());
    default:
        return s.bindText(index, v.toString().toUtf8());
    }
}

// A list in its own order (newest first, by name) reads its table out of storage order, a
// page per row. Mapping the file spares the read() system call behind each of those pages:
// on 3 million interactions newest first that took the export from 11.3 to 7.4 CPU seconds.
// Per connection, so it is set for the export and put back after it.
class ScopedMemoryMap
{
public:
    explicit ScopedMemoryMap(sqlite3* handle) : m_handle(handle)
    {
        if (!handle)
            return; // a server
        if (auto size = SqliteStatement::integerOf(handle, "PRAGMA mmap_size", readFailed()))
            m_previous = *size;
        if (m_previous >= 0)
            sqlite3_exec(handle, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    }
    ~ScopedMemoryMap()
    {
        if (m_previous >= 0) {
            const QByteArray restore = "PRAGMA mmap_size = " + QByteArray::number(m_previous);
            sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
        }
    }
    Q_DISABLE_COPY_MOVE(ScopedMemoryMap)

private:
    sqlite3* m_handle;
    qint64 m_previous = -1;
};

} // namespace

Status forEachExportRow(const Database& db, const QString& statement, const QVariantList& values,
                        const std::function<bool(std::span<const ExportValue>)>& row)
{
    const ScopedMemoryMap mapped(db.nativeHandle());
    auto s = RowReader::prepare(db, SqlDialect::of(db.connection().driver()).sql(statement), readFailed());
    if (!s)
        return s.error();
    for (int i = 0; i < values.size(); ++i)
        bind(*s, i + 1, values[i]);
    return streamExportRows(*s, readFailed(), row);
}

} // namespace rapport::core
