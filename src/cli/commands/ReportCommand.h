#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override
    {
        return QStringLiteral("report --period P [--rep ID | --segment NAME] --out FILE.pdf|FILE.html");
    }
    QString summary() const override
    {
        return tr("write a self-assessment report (figures, charts, findings, profile, goals, plans)");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
