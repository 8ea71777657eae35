#pragma once

#include "metrics/Period.h"

#include <vector>

namespace rapport::core {

// The `count` calendar months (UTC) that end with the month holding the period's last instant,
// oldest first: the span of the dashboard's monthly charts.
std::vector<Period> trailingMonths(const Period& period, int count = 12);
// Their bounds in unix seconds: the first month's start, then each month's end.
std::vector<qint64> monthBounds(const std::vector<Period>& months);

} // namespace rapport::core
