// Fuzzes the questionnaire loader: malformed definitions are refused with a message,
// never a crash; an accepted one has items and dimensions within the loader's limits.
#include "FuzzSupport.h"
#include "reflection/Questionnaire.h"

#include <cstdint>
#include <cstdlib>

using namespace rapport::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto q = Questionnaire::fromJson(json, QStringLiteral("fuzz"));
    if (!q && q.error().message.isEmpty())
        std::abort();
    return 0;
}
