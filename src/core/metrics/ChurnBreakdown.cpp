#include "metrics/ChurnBreakdown.h"

#include "metrics/TrailingMonths.h"
#include "storage/ChurnMetricsStore.h"

namespace rapport::core {

Result<ChurnBreakdown> ChurnBreakdown::compute(Database& db, const Period& period, const Scope& scope,
                                               int monthCount)
{
    ChurnMetricsStore store(db);
    ChurnBreakdown b;
    const auto split = [&](ChurnMetricsStore::Grouping grouping,
                           std::map<QString, ChurnFigures>& into) -> Status {
        auto grouped = store.countsBy(grouping, period.startSeconds(), period.endSeconds(),
                                      ChurnFigures::kWinBackWindowSeconds, scope);
        if (!grouped)
            return grouped.error();
        for (const auto& [key, counts] : *grouped) {
            ChurnFigures& f = into[key];
            f.period = period;
            f.scope = scope;
            for (const auto& [reason, c] : counts)
                f.add(reason, c.churned, c.wonBack);
            f.finish();
        }
        return {};
    };
    if (Status s = split(ChurnMetricsStore::Grouping::Owner, b.byRep); !s)
        return s.error();
    if (Status s = split(ChurnMetricsStore::Grouping::Segment, b.bySegment); !s)
        return s.error();
    // The whole is the sum of the reps' parts: no third query.
    b.total.period = period;
    b.total.scope = scope;
    for (const auto& group : b.byRep)
        b.total.merge(group.second);
    b.total.finish();

    b.months = trailingMonths(period, monthCount);
    auto monthly = store.reasonsByBucket(monthBounds(b.months), scope);
    if (!monthly)
        return monthly.error();
    for (const auto& [reason, series] : *monthly) {
        std::vector<qint64>& into = b.reasonsByMonth[ChurnFigures::reasonKey(reason)];
        into.resize(series.size());
        for (std::size_t m = 0; m < series.size(); ++m)
            into[m] += series[m];
    }
    return b;
}

} // namespace rapport::core
