#pragma once

#include "TestSupport.h"
#include "interchange/CsvImporter.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QFile>

namespace rapport::test {

// Imports `csv` (the bytes of a file) into `db`.
inline core::ImportReport importCsv(core::Database& db, core::CsvKind kind, QByteArray csv,
                                    const core::ImportOptions& options = {})
{
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    core::CsvImporter importer(db);
    auto report = importer.importDevice(kind, buffer, options);
    REQUIRE_OK(report);
    return std::move(report).value();
}

// The import report's problems as text, one per line.
inline QStringList problemLines(const core::ImportReport& r)
{
    QStringList lines;
    for (const auto& p : r.problems)
        lines << p.toString();
    return lines;
}

inline qint64 countOf(core::Database& db, const char* sqlText, const QVariantList& values = {})
{
    auto v = core::sql::scalar(db.connection(), QString::fromLatin1(sqlText), values);
    REQUIRE_OK(v);
    return v->toLongLong();
}

inline QVariant valueOf(core::Database& db, const char* sqlText, const QVariantList& values = {})
{
    auto v = core::sql::scalar(db.connection(), QString::fromLatin1(sqlText), values);
    REQUIRE_OK(v);
    return *v;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Two customers C1 and C2 acquired in 2025, owned by rep r1.
inline void importTwoCustomers(core::Database& db)
{
    const auto r = importCsv(db, core::CsvKind::Customers,
                             "external_id,name,owner,acquired_at\n"
                             "C1,Ann Archer,r1,2025-01-10\n"
                             "C2,Ben Brook,r1,2025-03-01T08:00:00Z\n");
    REQUIRE(r.written);
}

} // namespace rapport::test
