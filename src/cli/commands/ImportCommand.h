#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "import <reps|products|customers|interactions|surveys> FILE.csv [--dry-run] [--skip-invalid]");
    }
    QString summary() const override
    {
        return tr("import reps, products, customers, interactions or surveys from CSV");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
