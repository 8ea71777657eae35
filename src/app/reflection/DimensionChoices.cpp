#include "reflection/DimensionChoices.h"

#include "reflection/LatestProfile.h"
#include "reflection/Questionnaire.h"

namespace rapport::app {

DimensionChoices DimensionChoices::forRep(core::Database& db, const QString& repId)
{
    DimensionChoices c;
    auto q = core::Questionnaire::crmStyle();
    if (!q)
        return c; // the dialog then checks Relevant without knowing the dimensions
    for (const auto& d : q->dimensions())
        c.dimensions.append({d.id, d.name});
    if (auto latest = core::LatestProfile::read(db, repId); latest && *latest && (*latest)->profile)
        c.weak = (*latest)->profile->weaknesses();
    return c;
}

} // namespace rapport::app
