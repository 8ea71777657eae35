#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace rapport::cli {

// Takes the personal CRM-style questionnaire for one rep (on the terminal, or from
// --answers), keeps the assessment and prints the profile.
class AssessCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString synopsis() const override { return QStringLiteral("assess --rep ID [--answers 1,2,3,...]"); }
    QString summary() const override
    {
        return tr("take the CRM-style questionnaire for a rep and show the profile");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace rapport::cli
