#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init [--currency CODE]"); }
    QString summary() const override { return tr("create an empty database"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
