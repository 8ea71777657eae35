#include "reflection/LatestProfile.h"

#include "common/Translations.h"
#include "reflection/LocalizedQuestionnaire.h"
#include "storage/AssessmentRepository.h"

namespace rapport::core {

Result<std::optional<LatestProfile>> LatestProfile::read(Database& db, const QString& repId,
                                                         Previous previous)
{
    AssessmentRepository assessments(db);
    auto latest = assessments.latestForRep(repId);
    if (!latest)
        return latest.error();
    if (!*latest)
        return std::optional<LatestProfile>();
    LatestProfile p;
    p.latest = std::move(**latest);
    if (previous == Previous::Compare) {
        auto before = assessments.previousOf(p.latest);
        if (!before)
            return before.error();
        p.previous = std::move(*before);
    }
    p.questionnaire = LocalizedQuestionnaire::builtin(p.latest.instrumentId, p.latest.instrumentVersion,
                                                      Translations::language());
    p.profile = p.questionnaire ? AssessmentProfile::build(*p.questionnaire, p.latest, p.previous)
                                : Result<AssessmentProfile>(p.questionnaire.error());
    return std::optional<LatestProfile>(std::move(p));
}

} // namespace rapport::core
