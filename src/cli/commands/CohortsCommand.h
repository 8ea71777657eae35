#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class CohortsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CohortsCommand)

public:
    QString name() const override { return QStringLiteral("cohorts"); }
    QString synopsis() const override
    {
        return QStringLiteral("cohorts --from YYYY-MM --to YYYY-MM [--format table|json|csv]");
    }
    QString summary() const override { return tr("retention of customers by month of first purchase"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
