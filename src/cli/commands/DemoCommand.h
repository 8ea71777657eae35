#pragma once

#include "Command.h"

namespace rapport::cli {

class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "demo [--customers N] [--seed S] [--until YYYY-MM-DD] [--currency CODE] [--if-empty]");
    }
    QString summary() const override
    {
        return QStringLiteral("fill an empty database with realistic demo data");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
