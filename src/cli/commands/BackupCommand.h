#pragma once

#include "Command.h"

namespace rapport::cli {

class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup FILE"); }
    QString summary() const override
    {
        return QStringLiteral("write a consistent copy of the database to FILE");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
