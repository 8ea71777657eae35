#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// Not in the contract's list, but harmless and handy: what a database holds.
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString synopsis() const override { return QStringLiteral("info"); }
    QString summary() const override { return tr("show what the database holds"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
