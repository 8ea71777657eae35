#pragma once

#include "Command.h"

namespace rapport::cli {

class CohortsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("cohorts"); }
    QString synopsis() const override
    {
        return QStringLiteral("cohorts --from YYYY-MM --to YYYY-MM [--format table|json|csv]");
    }
    QString summary() const override
    {
        return QStringLiteral("retention of customers by month of first purchase");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
