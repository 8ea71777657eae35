#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Churn reasons given by more leavers than in the previous period, per customer at the
// period's start (finding (g) of FindingsEngine): the conditional binomial test of two
// Poisson rates, as for complaint categories.
class ChurnReasonDetector
{
public:
    static constexpr double kMinRatio = 1.5; // leavers per customer at the start, now against before

    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
