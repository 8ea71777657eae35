#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QString>
#include <optional>
#include <vector>

namespace rapport::core::findings {

struct FindingContext;

// The shape of a change seen over many periods (issue 21, docs/reflection.md "Shape"): a
// step in one month or a steady drift. People fix the two differently: a step has a date
// and usually a cause that began then. Read on the months of the window, CSAT and churn each
// (StepTest); a step names its month and what else changed then: a complaint category
// that rose, a rep whose intake of new customers rose.
class TrendShape
{
public:
    struct Step
    {
        Period month;              // the first month after the step
        bool csat = true;          // which series stepped: CSAT, else churn
        double before = 0;         // percent, the months before
        double after = 0;          // percent, from `month` on
        double z = 0;              // of the step, beside a linear trend
        QString category;          // a complaint category that rose at the same time, if any
        qint64 categoryBefore = 0; // its complaints in the kSideMonths months before
        qint64 categoryAfter = 0;  // and in the kSideMonths months from `month` on
        QString rep;               // a rep (name) who took on clearly more new customers then, if any
        qint64 repBefore = 0;      // new customers in the kSideMonths months before
        qint64 repAfter = 0;       // and from `month` on
    };
    static constexpr int kSideMonths = 3;

    // The step, or nullopt for a drift, of `scope` over the months of `periods`.
    static Result<std::optional<Step>> find(const FindingContext& c, const std::vector<Period>& periods,
                                            const Scope& scope);
    // "In the customers of X the change came at once: ... since March 2026 ..."; and what
    // else changed that month.
    static QString describe(const Step& step, const QString& where);
    // "March 2026", in the user's language.
    static QString monthName(const Period& month);
};

} // namespace rapport::core::findings
