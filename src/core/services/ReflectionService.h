#pragma once

#include "domain/Scope.h"
#include "metrics/Period.h"
#include "reflection/Finding.h"
#include "reflection/SelfViewComparison.h"

#include <QStringList>
#include <vector>

namespace rapport::core {

class Clock;
class Database;

// The reflection picture of a period and scope: the findings with a few customers behind
// each, and a rep's self-view (their latest questionnaire profile against the data).
struct ReflectionPicture
{
    Period period;
    Scope scope;
    std::vector<Finding> findings;
    std::vector<QStringList> examples; // per finding: a few customers behind its records
    QString selfViewRep;               // whose self-view was compared ("" when none)
    std::vector<DimensionSelfView> selfView;
    QString selfViewProblem; // why there is no self-view
    QString error;           // the findings could not be worked out
    qint64 elapsedMs = 0;
};

// Works out the reflection picture on the connection it is given (the findings page runs it
// on a worker with a connection of its own); the clock is only read.
class ReflectionService
{
public:
    // Customers named per finding.
    static constexpr int kExamples = 5;

    ReflectionService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    ReflectionPicture picture(const Period& period, const Scope& scope, const QString& selfViewRep) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rapport::core
