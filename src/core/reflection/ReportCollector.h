#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"
#include "reflection/ReportData.h"

namespace rapport::core {

class Database;
class MetricsEngine;

// Gathers a self-assessment report's contents for a period and a scope (the whole team,
// one rep or one segment): figures and their changes (MetricsEngine::compare), monthly
// trends for the charts over the twelve months up to the period's end, findings
// (FindingsEngine), questionnaire profiles with blind spots (AssessmentProfile and
// SelfViewComparison), goals (GoalEvaluator) and action plans with their progress.
class ReportCollector
{
public:
    static constexpr int kChartMonths = 12;
    static constexpr int kExampleCustomers = 5;

    ReportCollector(Database& db, const MetricsEngine& engine) : m_db(db), m_engine(engine) {}

    Result<ReportData> collect(const Period& period, const Scope& scope) const;

private:
    Database& m_db;
    const MetricsEngine& m_engine;
};

} // namespace rapport::core
