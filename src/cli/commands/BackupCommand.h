#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup FILE"); }
    QString summary() const override { return tr("write a consistent copy of the database to FILE"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
