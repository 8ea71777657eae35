#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace rapport::core {

class Clock;
class Database;

struct DemoOptions
{
    int customers = 2000;
    quint64 seed = 42;
    // The last day that has data; invalid = today according to the generator's Clock. Never
    // after today: on today's date the data stops at the clock's now (nothing lies ahead but
    // open follow-up tasks).
    QDate until;
};

// What one run created, for the command line's summary and for tests.
struct DemoSummary
{
    bool cancelled = false; // true: the progress callback said stop and nothing was written
    QDate from;             // first day of the simulated history
    QDate until;            // last day of the simulated history
    qint64 reps = 0;
    qint64 customers = 0;
    qint64 churnedCustomers = 0;
    qint64 interactions = 0;
    qint64 purchases = 0; // including refunds
    qint64 refunds = 0;
    qint64 followUps = 0;     // interactions of kind follow_up
    qint64 followUpTasks = 0; // reminders, done and open
    qint64 openFollowUpTasks = 0;
    qint64 complaints = 0;
    qint64 openComplaints = 0;
    qint64 surveyResponses = 0;
    qint64 goals = 0;
    qint64 revenueCents = 0; // refunds included

    qint64 rows() const { return reps + customers + interactions + surveyResponses + goals + followUpTasks; }
};

// Fills an empty database with about three years of realistic CRM history: reps and a
// manager, customers in four segments, interactions of every kind, surveys, KPI goals and
// follow-up tasks (done ones behind the follow-up interactions, open ones overdue, due
// today and upcoming for every rep's active customers).
// Same seed, options and clock = the same bytes in every table, on every platform (the random
// numbers come from std::mt19937_64 through our own integer arithmetic, never through
// std::*_distribution, whose output differs between standard libraries).
//
// Stories planted on purpose, so the dashboard and the reflection module have something
// true to find (see docs and the comments in DemoGenerator.cpp):
//  (a) satisfaction improves for about two and a half years, then falls over the last
//      six months while 'delivery' complaints climb;
//  (b) one rep (Finn Brennan, id "fbrennan") rarely follows up after purchases; his
//      customers churn about twice as often and rate lower;
//  (c) in the 'smb' segment satisfaction keeps rising while retention keeps falling.
class DemoGenerator
{
public:
    // Return false to cancel; the database is then left as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoGenerator(const Clock& clock);

    Result<DemoSummary> generate(Database& db, const DemoOptions& options,
                                 const Progress& progress = {}) const;

    // The id of the rep whose follow-up habits differ (story b), for tests and docs.
    static QString laggingRepId();

private:
    Result<DemoSummary> generateThroughFile(Database& server, const DemoOptions& options,
                                            const Progress& progress) const;

    const Clock& m_clock;
};

} // namespace rapport::core
