#pragma once

#include "storage/DemoStore.h"

#include <QDate>
#include <vector>

namespace rapport::core::demo {

// The demo's KPI goals for the period that holds its last day: CSAT in the quarter, revenue in
// the year, churn in the quarter and the lagging rep's follow-ups, each set a couple of days
// into its period, with a baseline from the history written before it.
class DemoGoals
{
public:
    // What the history counted for the baselines: the quarter and the year before until's.
    struct Baselines
    {
        qint64 csatResponses = 0;
        qint64 csatSatisfied = 0;
        qint64 customersAtQuarterStart = 0;
        qint64 churnedInQuarter = 0;
        qint64 revenueCents = 0; // of the year before
    };

    // `end`: the instant after the last day of data (no goal is created after it).
    static std::vector<DemoStore::GoalRow> plan(const QDate& until, qint64 end, const Baselines& baselines);
};

} // namespace rapport::core::demo
