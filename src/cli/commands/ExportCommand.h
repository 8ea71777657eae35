#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return QStringLiteral("export <reps|products|customers|interactions|surveys> FILE.csv");
    }
    QString summary() const override
    {
        return tr("export reps, products, customers, interactions or surveys as CSV");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
