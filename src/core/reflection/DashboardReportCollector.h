#pragma once

#include "common/Result.h"
#include "domain/Scope.h"
#include "metrics/Period.h"
#include "reflection/DashboardReportData.h"

namespace rapport::core {

class Clock;
class Database;
class MetricsResultCache;

// The use case behind the dashboard's PDF and print: the dashboard's figures of a period and
// scope with the team table (DashboardCalculator, through the dashboard's cache when given, so
// a document of what is on screen costs little), the book's currency and the charts for print.
class DashboardReportCollector
{
public:
    DashboardReportCollector(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<DashboardReportData> collect(const Period& period, const Scope& scope, const QString& scopeLabel,
                                        MetricsResultCache* cache = nullptr) const;

    // The charts of the document from the figures' trend months (one series each, since a
    // printed chart is read without a legend to hover).
    static std::vector<ReportChart> charts(const DashboardFigures& figures, const QDateTime& now);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rapport::core
