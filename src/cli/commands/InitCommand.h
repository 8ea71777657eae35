#pragma once

#include "Command.h"

namespace rapport::cli {

class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init [--currency CODE]"); }
    QString summary() const override { return QStringLiteral("create an empty database"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
