#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QString>

namespace rapport::core::findings {

struct FindingContext;

// Products whose complaints per 100 purchases rose against the previous period, and a
// product whose complaints per 100 purchases stand far above the other products' in the
// period (findings (f) of FindingsEngine). Both are the conditional binomial test of two
// Poisson rates with the purchases as exposure (FindingStatistics::poissonRateZ): given the
// complaints of both sides, the share on one side is binomial with its share of purchases.
class ProductComplaintDetector
{
public:
    // The least purchases of a product (in each period, or against the rest) before its
    // complaint rate is tested, and the least change worth a finding.
    static constexpr qint64 kMinPurchases = 20;
    static constexpr double kMinRatio = 1.5;

    static Status detect(FindingContext& c);
    // For the "happier but leaving" explanation: a sentence naming the product whose complaints
    // carry the rise in complaints in `scope` (at least half of the rise, its own rise per
    // purchase at |z| >= FindingStatistics::kMinZ), or an empty text.
    static Result<QString> carryingProduct(FindingContext& c, const Scope& scope);
};

} // namespace rapport::core::findings
