#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Finds CSAT and churn drifting apart over FindingsEngine::kTrendPeriods periods (finding
// (e)), where each period-to-period change is too small to see.
class OpposingTrendDetector
{
public:
    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
