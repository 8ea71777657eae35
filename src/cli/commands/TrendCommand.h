#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class TrendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrendCommand)

public:
    QString name() const override { return QStringLiteral("trend"); }
    QString synopsis() const override
    {
        return QStringLiteral("trend METRIC --from P --to P [--by month|quarter] [--rep ID | --segment NAME]"
                              " [--format table|json|csv]");
    }
    QString summary() const override { return tr("one figure per month or quarter over a range"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
