#include "metrics/TeamAggregates.h"

#include "common/Clock.h"
#include "common/UtcCalendar.h"
#include "metrics/MetricsEngine.h"
#include "storage/TeamAggregateStore.h"

#include <algorithm>
#include <cmath>

namespace rapport::core {
namespace {

// A measure's value from the two numbers the server gives for it, made as the engine makes
// the figure (the same expression, so a rep's value equals the engine's to the last bit).
std::optional<double> valueOf(const QString& measure, const TeamAggregateStore::Entry& e)
{
    if (!e.amount)
        return std::nullopt;
    if (measure == QLatin1String("resolution_hours_median"))
        return *e.amount / 3600.0;
    if (measure == QLatin1String("revenue"))
        return *e.amount / 100.0;
    if (measure == QLatin1String("responses"))
        return *e.amount;
    return MetricsEngine::percentOf(std::llround(*e.amount), e.sample);
}

} // namespace

double percentileRank(double value, const std::vector<double>& team, bool higherIsBetter)
{
    if (team.empty())
        return 50.0;
    double worse = 0;
    double equal = 0;
    for (double v : team) {
        if (v == value)
            ++equal;
        else if (higherIsBetter ? v < value : v > value)
            ++worse;
    }
    return 100.0 * (worse + equal / 2.0) / static_cast<double>(team.size());
}

Result<std::optional<QString>> TeamAggregateReader::sessionRep() const
{
    return TeamAggregateStore(m_db).sessionRep();
}

Result<TeamAggregates> TeamAggregateReader::read(const Period& period, qint64 complaintWindowSeconds,
                                                 unsigned parts) const
{
    auto days = MetricsEngine(m_db, m_clock).followUpWindowDays();
    if (!days)
        return days.error();
    const qint64 window = qint64{*days} * utc::kSecondsPerDay;
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const TeamAggregateStore store(m_db);
    TeamAggregates out;
    if (parts & Totals) {
        auto counts = store.counts(period.startSeconds(), period.endSeconds(), window, now);
        if (!counts)
            return counts.error();
        out.team = MetricsEngine::fromCounts(period, Scope::all(), *counts);
    }
    if (!(parts & RepValues))
        return out;
    auto values =
        store.values(period.startSeconds(), period.endSeconds(), window, now, complaintWindowSeconds);
    if (!values)
        return values.error();
    for (const auto& [measure, entries] : *values) {
        auto& list = out.reps[measure];
        for (const TeamAggregateStore::Entry& e : entries)
            list.push_back({valueOf(measure, e), e.sample});
        // The server orders by its two numbers; by value here (none first).
        std::stable_sort(list.begin(), list.end(),
                         [](const TeamValue& a, const TeamValue& b) { return a.value < b.value; });
    }
    return out;
}

} // namespace rapport::core
