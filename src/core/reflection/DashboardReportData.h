#pragma once

#include "metrics/DashboardCalculator.h"
#include "reflection/ReportData.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <vector>

namespace rapport::core {

// Everything the dashboard's printed document shows, gathered by DashboardReportCollector and
// turned into HTML by DashboardReportBuilder: the dashboard's figures for one period and scope
// (tiles, trend months, team, cohorts) and the charts drawn from them. Text holds raw text:
// only the builder escapes.
struct DashboardReportData
{
    // How numbers, money and dates read; English (United States) unless the caller passes the
    // reader's, so that a document built without one is the same on every machine.
    QLocale locale{QLocale::English, QLocale::UnitedStates};
    QString currency;   // the book's ISO 4217 code; empty: money without a symbol
    QString scopeLabel; // as the dashboard names the scope ("Whole team", "Rep Finn Brennan")
    QDateTime generatedAt;
    DashboardFigures figures; // with the team
    std::vector<ReportChart> charts;
};

} // namespace rapport::core
