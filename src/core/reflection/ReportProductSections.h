#pragma once

#include "reflection/ReportData.h"

#include <QString>

namespace rapport::core {

// The report's sections on products and on churn reasons with win-back (issue 19), as HTML
// for ReportBuilder: a per-product table of the period (purchases, revenue, complaints,
// complaints per 100 purchases) naming the product with the most revenue and the one with
// the most complaints per purchase, and the churned customers by reason, ranked, with the
// leading reason named, the won back and the win-back rate.
class ReportProductSections
{
public:
    // A product's complaint rate is named only over at least this many purchases.
    static constexpr qint64 kMinPurchases = 20;

    static QString products(const ReportData& d, const QString& heading);
    static QString churn(const ReportData& d, const QString& heading);

    // The product with the highest complaints per 100 purchases (at least kMinPurchases), or
    // null; ties go to the one listed first (by external id).
    static const ProductFigures::Product* mostComplainedAbout(const ProductFigures& f);
    // The recorded reason most churned customers gave ("unknown" is not a reason), empty when
    // none is recorded; ties go to the key that sorts first.
    static QString leadingReason(const ChurnFigures& f);
};

} // namespace rapport::core
