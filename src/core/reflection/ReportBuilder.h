#pragma once

#include "reflection/ReportData.h"

#include <QString>
#include <functional>

namespace rapport::core {

// Turns a ReportData into one self-contained HTML document that QTextDocument can also
// render: sections Figures, Charts, Findings, Questionnaire profile, Goals, Action plans,
// Products and Churn reasons (ReportProductSections), each starting on a new printed page. Every piece of
// text from the data (names, comments, titles) goes through QString::toHtmlEscaped. Numbers and money follow
// the data's locale and currency (ReportData::locale: fixed English unless the caller passes the reader's, so
// the golden-file test reads the same everywhere).
class ReportBuilder
{
public:
    // The src of a chart's <img>: a file name, a data: URL or a QTextDocument resource name.
    using ImageSource = std::function<QString(const ReportChart&)>;

    static QString html(const ReportData& data, const ImageSource& imageSource);
    static QString number(std::optional<double> value, int decimals, const QLocale& locale);
    // A value of metric `key`: money with the data's currency symbol, anything else a number.
    static QString figure(const QString& key, std::optional<double> value, int decimals,
                          const ReportData& data);
};

} // namespace rapport::core
