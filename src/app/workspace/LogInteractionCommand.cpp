#include "workspace/LogInteractionCommand.h"

#include "services/InteractionService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

LogInteractionCommand::LogInteractionCommand(DatabaseSession& session, core::Interaction interaction,
                                             std::optional<core::FollowUpTask> followUp)
    : WriteCommand(session,
                   QCoreApplication::translate("LogInteractionCommand", "Log %1")
                       .arg(core::toString(interaction.kind).replace(QLatin1Char('_'), QLatin1Char(' ')))),
      m_interaction(std::move(interaction)), m_followUp(std::move(followUp))
{
}

core::Status LogInteractionCommand::apply()
{
    return core::InteractionService(session().database()).log(m_interaction, m_followUp);
}

core::Status LogInteractionCommand::revert()
{
    return core::InteractionService(session().database()).unlog(m_interaction, m_followUp);
}

} // namespace rapport::app
