#include "reflection/DimensionChoices.h"

#include "reflection/AssessmentProfile.h"
#include "reflection/Questionnaire.h"
#include "storage/AssessmentRepository.h"

namespace rapport::app {

DimensionChoices DimensionChoices::forRep(core::Database& db, const QString& repId)
{
    DimensionChoices c;
    auto q = core::Questionnaire::crmStyle();
    if (!q)
        return c; // the dialog then checks Relevant without knowing the dimensions
    for (const auto& d : q->dimensions())
        c.dimensions.append({d.id, d.name});
    auto latest = core::AssessmentRepository(db).latestForRep(repId);
    if (latest && latest->has_value()) {
        auto taken = core::Questionnaire::builtin((*latest)->instrumentId, (*latest)->instrumentVersion);
        auto profile = taken ? core::AssessmentProfile::build(*taken, **latest)
                             : core::Result<core::AssessmentProfile>(taken.error());
        if (profile)
            c.weak = profile->weaknesses();
    }
    return c;
}

} // namespace rapport::app
