#pragma once

#include "reflection/DashboardReportData.h"

#include <QString>
#include <functional>

namespace rapport::core {

// Turns the dashboard's figures into one HTML document for print (QTextDocument renders it):
// a title with the period's name, scope and date; every tile with its value, the previous
// period's and the change; the charts; complaints by category; the team table; the cohort
// table. Numbers and money follow the data's locale and currency, as on screen.
class DashboardReportBuilder
{
public:
    using ImageSource = std::function<QString(const ReportChart&)>;

    static QString html(const DashboardReportData& data, const ImageSource& imageSource);
    // "Rapport dashboard, 2026-Q3, Whole team": the document's title and footer.
    static QString title(const DashboardReportData& data);
    // A value of metric `key` as the dashboard's tile shows it; "—" when empty.
    static QString value(const QString& key, std::optional<double> value, const DashboardReportData& data);
    // The change as the tile shows it: points for rates, percent for money.
    static QString change(const QString& key, std::optional<double> current, std::optional<double> previous,
                          const DashboardReportData& data);
};

} // namespace rapport::core
