#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "demo [--customers N] [--seed S] [--until YYYY-MM-DD] [--currency CODE] [--if-empty]");
    }
    QString summary() const override { return tr("fill an empty database with realistic demo data"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
