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
    std::vector<Finding> out;

    // "all customers", "the smb segment", "the customers of NAME".
    QString scopeWords(const Scope& scope) const;
};

QString fmt(double v, int decimals = 1);
FindingRecords records(const QString& table, const QString& description, const FindingsStore::IdList& list);
// The least data on each side before a change of `metric` is tested (MetricCatalogue).
qint64 minimumSample(Metric metric);

} // namespace rapport::core::findings
