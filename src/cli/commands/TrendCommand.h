#pragma once

#include "Command.h"

namespace rapport::cli {

class TrendCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trend"); }
    QString synopsis() const override
    {
        return QStringLiteral("trend METRIC --from P --to P [--by month|quarter] [--rep ID | --segment NAME]"
                              " [--format table|json|csv]");
    }
    QString summary() const override
    {
        return QStringLiteral("one figure per month or quarter over a range");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
