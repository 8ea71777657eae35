#pragma once

#include <QString>

namespace rapport::core::Logging {

struct Options
{
    QString logDirectory; // rotating file "rapport.log" here; empty: no file
    bool toStderr = true; // also print warnings and errors on stderr
    bool verbose = false; // debug level instead of info
};

// Installs spdlog sinks and bridges Qt's messages (qDebug, qCWarning, ...) into them.
// Call once, before the application object is created. Customer personal data
// (names, e-mails, phones, notes) is never logged at info level or above.
void initialize(const Options& options);
void shutdown();
QString logFilePath();

} // namespace rapport::core::Logging
