#pragma once

#include <QString>

namespace rapport::cli {

// Text from the database or a file shown on a terminal (tables, findings, import reports):
// control characters (C0, DEL and C1, so ESC and CSI too) become visible escapes, \x1B and
// \u009B, so that data cannot move the cursor, clear the screen or retitle the window. CSV
// and JSON output carry the data as it is.
class TerminalText
{
public:
    static QString escaped(const QString& text);
    // The same, keeping line breaks: for multi-line reports.
    static QString escapedLines(const QString& text);
};

} // namespace rapport::cli
