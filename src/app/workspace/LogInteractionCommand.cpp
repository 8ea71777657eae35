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
                                             std::optional<core::FollowUpRef> completes)
    : WriteCommand(session, commandText(interaction, completes.has_value())),
      m_interaction(std::move(interaction)), m_followUp(std::move(followUp)), m_completes(completes)
{
}

core::Status LogInteractionCommand::write(bool log)
{
    core::InteractionService interactions(session().database());
    if (!m_completes)
        return log ? interactions.log(m_interaction, m_followUp)
                   : interactions.unlog(m_interaction, m_followUp);
    const QString kind = QStringLiteral("follow_up");
    core::FollowUpRef task{m_completes->id, expectedVersion(kind, m_completes->id, m_completes->version)};
    const core::Status written = log ? interactions.log(m_interaction, m_followUp, &task)
                                     : interactions.unlog(m_interaction, m_followUp, &task);
    if (!written)
        return written;
    return keepVersion(task.version, kind, task.id);
}

core::Status LogInteractionCommand::apply()
{
    return write(true);
}

core::Status LogInteractionCommand::revert()
{
    return write(false);
}

} // namespace rapport::app
