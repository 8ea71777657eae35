#pragma once

// ChurnBreakdown: the churn figures of a period split by rep (owner) and by segment, and the
// churned customers of each reason month by month over the twelve months that end with the
// period (the dashboard's Churn tab).
//   Result<ChurnBreakdown> b = ChurnBreakdown::compute(database, period, scope);
// Each group's figures follow metrics.md "Churn reasons and win-back", as ChurnFigures does.

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/ChurnFigures.h"
#include "metrics/Period.h"

#include <map>
#include <vector>

namespace rapport::core {

class Database;

struct ChurnBreakdown
{
    ChurnFigures total;
    std::map<QString, ChurnFigures> byRep;     // by owner's rep id; "" for customers without one
    std::map<QString, ChurnFigures> bySegment; // "" for customers without a segment
    std::vector<Period> months;                // oldest first
    // Reason → churned customers per month; "unknown" for none.
    std::map<QString, std::vector<qint64>> reasonsByMonth;

    static Result<ChurnBreakdown> compute(Database& db, const Period& period,
                                          const Scope& scope = Scope::all(), int monthCount = 12);
};

} // namespace rapport::core
