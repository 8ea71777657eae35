#include "metrics/TrailingMonths.h"

namespace rapport::core {

std::vector<Period> trailingMonths(const Period& period, int count)
{
    const Period last = Period::containing(period.end().addSecs(-1), Period::Step::Month);
    const QDate lastStart = last.start().date();
    const QDate firstStart = lastStart.addMonths(-(count - 1));
    return Period::steps(Period::month(firstStart.year(), firstStart.month()), last, Period::Step::Month);
}

std::vector<qint64> monthBounds(const std::vector<Period>& months)
{
    std::vector<qint64> bounds;
    if (months.empty())
        return bounds;
    bounds.push_back(months.front().startSeconds());
    for (const Period& m : months)
        bounds.push_back(m.endSeconds());
    return bounds;
}

} // namespace rapport::core
