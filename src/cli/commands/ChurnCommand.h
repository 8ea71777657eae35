#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// `churn --period P`: churned customers by reason and how many were won back
// (metrics.md "Churn reasons and win-back").
class ChurnCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChurnCommand)

public:
    QString name() const override { return QStringLiteral("churn"); }
    QString synopsis() const override
    {
        return QStringLiteral("churn --period P [--rep ID | --segment NAME] [--format table|json]");
    }
    QString summary() const override { return tr("churned customers by reason, and how many were won back"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
