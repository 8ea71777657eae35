#pragma once

#include "domain/Scope.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsComparison.h"
#include "metrics/Period.h"
#include "reflection/Finding.h"
#include "storage/FindingsStore.h"

#include <map>
#include <vector>

namespace rapport::core {
class Database;
class MetricsEngine;
} // namespace rapport::core

// The pieces of FindingsEngine: one detector per kind of finding, sharing this context.
namespace rapport::core::findings {

// The counts behind one tested change, now against before: `a` of `n` (or, for NPS, `a`
// promoters and `b` detractors of `n`); for complaint rates `n` is the active customers.
// Kept for every change a detector tests, so that LevelAttribution can test whether a
// rep or segment moved apart from the rest of the team (rest = team minus it).
struct Tally
{
    qint64 a1 = 0, b1 = 0, n1 = 0; // this period
    qint64 a2 = 0, b2 = 0, n2 = 0; // the previous one
    Tally operator-(const Tally& o) const
    {
        return {a1 - o.a1, b1 - o.b1, n1 - o.n1, a2 - o.a2, b2 - o.b2, n2 - o.n2};
    }
};

// What every detector reads (the period, its scope and their figures), and where it adds
// its findings.
struct FindingContext
{
    FindingContext(Database& database, const MetricsEngine& metrics) : db(database), engine(metrics) {}

    Database& db;
    const MetricsEngine& engine;
    Period period;
    Period previous;
    Scope scope;
    MetricsComparison comparison;        // period against previous, in scope
    std::map<QString, QString> repNames; // id -> name (the id when a rep has no name)
    qint64 windowSeconds = 0;            // the follow-up window
    // For all customers, also test every segment and rep (opposing metrics and trends);
    // off for the team pass behind a rep's or segment's report (LevelAttribution).
    bool subScopes = true;
    std::vector<Finding> out;
    std::map<QString, Tally> tallies; // tallyKey() -> counts of each tested change

    // "all customers", "the smb segment", "the customers of NAME".
    QString scopeWords(const Scope& scope) const;
};

// "kind|scope|subject": where a detector files the counts of a tested change.
QString tallyKey(FindingKind kind, const Scope& scope, const QString& subject);
QString fmt(double v, int decimals = 1);
FindingRecords records(const QString& table, const QString& description, const FindingsStore::IdList& list);
// The least data on each side before a change of `metric` is tested (MetricCatalogue).
qint64 minimumSample(Metric metric);

} // namespace rapport::core::findings
