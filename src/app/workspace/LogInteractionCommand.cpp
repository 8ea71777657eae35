#include "workspace/LogInteractionCommand.h"

#include "services/InteractionService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

namespace {

QString commandText(const core::Interaction& interaction, bool completes)
{
    const QString kind = core::toString(interaction.kind).replace(QLatin1Char('_'), QLatin1Char(' '));
    return completes
               ? QCoreApplication::translate("LogInteractionCommand", "Log %1, follow-up done").arg(kind)
               : QCoreApplication::translate("LogInteractionCommand", "Log %1").arg(kind);
}

} // namespace

LogInteractionCommand::LogInteractionCommand(DatabaseSession& session, core::Interaction interaction,
                                             std::optional<core::FollowUpTask> followUp,
                                             qint64 completesFollowUpId)
    : WriteCommand(session, commandText(interaction, completesFollowUpId > 0)),
      m_interaction(std::move(interaction)), m_followUp(std::move(followUp)), m_completes(completesFollowUpId)
{
}

core::Status LogInteractionCommand::apply()
{
    return core::InteractionService(session().database()).log(m_interaction, m_followUp, m_completes);
}

core::Status LogInteractionCommand::revert()
{
    return core::InteractionService(session().database()).unlog(m_interaction, m_followUp, m_completes);
}

} // namespace rapport::app
