#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class GoalsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GoalsCommand)

public:
    QString name() const override { return QStringLiteral("goals"); }
    QString synopsis() const override { return QStringLiteral("goals [--period P] [--format table|json]"); }
    QString summary() const override { return tr("KPI goals with their progress and status"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
