#pragma once

#include "reflection/ReportData.h"

#include <QString>
#include <functional>

namespace rapport::core {

// Turns a ReportData into one self-contained HTML document that QTextDocument can also
// render: sections Figures, Charts, Findings, Questionnaire profile, Goals, Action plans,
// each starting on a new printed page. Every piece of text from the data (names, comments,
// titles) goes through QString::toHtmlEscaped. Numbers are formatted without the locale,
// so the output is the same everywhere (the golden-file test relies on it).
class ReportBuilder
{
public:
    // The src of a chart's <img>: a file name, a data: URL or a QTextDocument resource name.
    using ImageSource = std::function<QString(const ReportChart&)>;

    static QString html(const ReportData& data, const ImageSource& imageSource);
    static QString number(std::optional<double> value, int decimals);
};

} // namespace rapport::core
