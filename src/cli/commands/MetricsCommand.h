#pragma once

#include "Command.h"

namespace rapport::cli {

class MetricsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString synopsis() const override
    {
        return QStringLiteral("metrics --period P [--rep ID | --segment NAME] [--format table|json]");
    }
    QString summary() const override
    {
        return QStringLiteral("every figure of a period, with the previous period");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
