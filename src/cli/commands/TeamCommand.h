#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// team add-user | remove-user | list: the logins of a team server (team.md).
class TeamCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    QString name() const override { return QStringLiteral("team"); }
    QString synopsis() const override
    {
        return QStringLiteral("team add-user LOGIN --role rep|manager|admin [--rep ID] [--password-file F] | "
                              "team remove-user LOGIN | team list [--format table|json]");
    }
    QString summary() const override { return tr("manage the logins of a team server"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
