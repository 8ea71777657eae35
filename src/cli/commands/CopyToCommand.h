#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// copy-to TARGET: every record of the database into an empty file or team server (team.md).
class CopyToCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyToCommand)

public:
    QString name() const override { return QStringLiteral("copy-to"); }
    QString synopsis() const override { return QStringLiteral("copy-to TARGET"); }
    QString summary() const override
    {
        return tr("copy every record into an empty database: a new file or a team server's URI");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
