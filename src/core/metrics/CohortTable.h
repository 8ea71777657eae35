#pragma once

#include "metrics/Period.h"

#include <QtGlobal>
#include <optional>
#include <vector>

namespace rapport::core {

struct CohortRow
{
    Period month; // the cohort's calendar month (UTC)
    qint64 size = 0;
    // retention[k] = 100 * customers of the cohort with a purchase in month + k / size;
    // retention[0] = 100 for a non-empty cohort; all nullopt for an empty one.
    std::vector<std::optional<double>> retention;
};

// The cohort retention table of metrics.md (MetricsEngine::cohorts).
struct CohortTable
{
    std::vector<CohortRow> rows;
    std::optional<Period> lastDataMonth; // the last month with a purchase, if any
    // The month still running when the table was made, if a cell falls in it: its cells count
    // only the purchases so far, so a low value there is the calendar, not a collapse.
    std::optional<Period> runningMonth;
};

} // namespace rapport::core
