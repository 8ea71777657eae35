// Fuzzes the period parser: any text is a period or an error; a period's label parses back
// to the same period, and its start is before its end.
#include "FuzzSupport.h"
#include "metrics/Period.h"

#include <cstdint>
#include <cstdlib>

using namespace rapport::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto period = Period::parse(text);
    if (!period)
        return 0;
    if (!(period->start() < period->end()))
        std::abort();
    auto again = Period::parse(period->label());
    if (!again || again->start() != period->start() || again->end() != period->end())
        std::abort();
    (void)period->previous();
    return 0;
}
