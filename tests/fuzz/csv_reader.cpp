// Fuzzes the streaming CSV reader: any bytes must give records or a clear error, never a
// crash, and an error must name a line inside the input.
#include "FuzzSupport.h"
#include "interchange/CsvReader.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

using namespace rapport::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // A small field limit so that the "field too long" path is reached too.
    CsvReader reader(&buffer, 4096);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readRecord(record)) {
        if (record.line() < lastLine || record.line() < 1)
            std::abort(); // records come in file order
        lastLine = record.line();
        for (int i = 0; i < record.size(); ++i)
            (void)record.text(i);
    }
    if (reader.hasError() && (reader.errorLine() < 1 || reader.errorString().isEmpty()))
        std::abort();
    return 0;
}
