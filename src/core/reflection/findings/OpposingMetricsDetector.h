#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Finds satisfaction and loyalty moving apart from one period to the next (finding (b)), in
// the scope and, for all customers, in every segment and rep.
class OpposingMetricsDetector
{
public:
    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
