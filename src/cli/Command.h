#pragma once

#include <QString>
#include <QStringList>

namespace rapport::cli {

class CliContext;

// Exit status of rapport-cli (interchange.md).
enum ExitCode : int { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2, ExitRejected = 3 };

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "metrics --period P [...]"
    virtual QString summary() const = 0;  // one line for the tool's --help
    // args: everything after the command name.
    virtual int run(CliContext& context, const QStringList& args) = 0;
};

} // namespace rapport::cli
