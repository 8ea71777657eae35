#pragma once

#include "common/Result.h"

namespace rapport::core::findings {

struct FindingContext;

// Finds words and word pairs recurring in complaint notes and survey comments, clearly more
// often than in the previous period (finding (d)).
class CommentThemeDetector
{
public:
    static Status detect(FindingContext& c);
};

} // namespace rapport::core::findings
