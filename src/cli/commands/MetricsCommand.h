#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class MetricsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString synopsis() const override
    {
        return QStringLiteral("metrics --period P [--rep ID | --segment NAME] [--format table|json]");
    }
    QString summary() const override { return tr("every figure of a period, with the previous period"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
