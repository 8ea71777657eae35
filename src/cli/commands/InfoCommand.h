#pragma once

#include "Command.h"

namespace rapport::cli {

// Not in the contract's list, but harmless and handy: what a database holds.
class InfoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString synopsis() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("show what the database holds"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
