// Fuzzes the questionnaire loader: malformed definitions are refused with a message, never
// a crash; an accepted one keeps the loader's promises (a five-point scale, items, every item
// in a known dimension) and a complete set of answers to it always scores within 0..100.
#include "FuzzSupport.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/Questionnaire.h"

#include <cstdint>
#include <cstdlib>

using namespace rapport::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto q = Questionnaire::fromJson(json, QStringLiteral("fuzz"));
    if (!q) {
        if (q.error().message.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (q->scaleLabels().size() != Questionnaire::kScaleMax - Questionnaire::kScaleMin + 1 ||
        q->items().empty())
        std::abort();
    for (const QuestionnaireItem& item : q->items()) {
        if (!q->dimension(item.dimension))
            std::abort();
    }
    Assessment a;
    a.instrumentId = q->id();
    a.instrumentVersion = q->version();
    int i = 0;
    for (const QuestionnaireItem& item : q->items())
        a.answers.insert(item.id, Questionnaire::kScaleMin + (i++ % 5));
    auto profile = AssessmentProfile::build(*q, a);
    if (!profile)
        std::abort();
    for (const DimensionProfile& d : profile->dimensions()) {
        if (d.score < 0.0 || d.score > 100.0)
            std::abort();
    }
    return 0;
}
