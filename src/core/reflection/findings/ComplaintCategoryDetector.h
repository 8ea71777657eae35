#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Finds complaint categories whose rate per active customer rose or fell against the
// previous period (finding (a) of FindingsEngine).
class ComplaintCategoryDetector
{
public:
    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
