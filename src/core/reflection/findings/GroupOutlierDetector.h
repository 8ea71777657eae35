#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Finds reps and segments whose CSAT or follow-up rate differs from the rest of the scope
// (finding (c)).
class GroupOutlierDetector
{
public:
    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
