#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/Questionnaire.h"

#include <optional>

namespace rapport::core {

class Database;

// A rep's latest assessment scored against the built-in questionnaire it was taken with:
// the one place of the chain "latest assessment → questionnaire → profile" that the
// findings, the reflection page, the plan dialog's choices and the report all need.
struct LatestProfile
{
    enum class Previous { Skip, Compare };

    Assessment latest;
    std::optional<Assessment> previous; // read with Previous::Compare only
    // Fails when this version does not know the questionnaire the assessment was taken with.
    Result<Questionnaire> questionnaire = Error{};
    // Fails with the questionnaire's error, or when the answers cannot be scored.
    Result<AssessmentProfile> profile = Error{};

    // Nothing when the rep has not taken a questionnaire; an error when it cannot be read.
    static Result<std::optional<LatestProfile>> read(Database& db, const QString& repId,
                                                     Previous previous = Previous::Skip);
};

} // namespace rapport::core
