// Fuzzes Database::open with arbitrary file contents: whatever the bytes, opening must
// either succeed or return an error, never crash, and a refused file must be unchanged.
#include "FuzzSupport.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace rapport::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    static QTemporaryDir dir;

    const QString path = dir.filePath(QStringLiteral("input.sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(bytes);
    }
    auto db = Database::open(path);
    if (!db) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
            std::abort(); // a refused file must be left byte-for-byte unchanged
    }
    return 0;
}
