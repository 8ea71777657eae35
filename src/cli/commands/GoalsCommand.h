#pragma once

#include "Command.h"

namespace rapport::cli {

class GoalsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("goals"); }
    QString synopsis() const override { return QStringLiteral("goals [--period P] [--format table|json]"); }
    QString summary() const override { return QStringLiteral("KPI goals with their progress and status"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
