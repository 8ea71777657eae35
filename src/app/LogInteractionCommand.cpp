#include "LogInteractionCommand.h"

#include "DatabaseSession.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"

#include <QCoreApplication>

namespace rapport::app {

LogInteractionCommand::LogInteractionCommand(DatabaseSession& session, core::Interaction interaction,
                                             std::optional<core::FollowUpTask> followUp)
    : WriteCommand(session, QCoreApplication::translate("LogInteractionCommand", "Log %1")
                                .arg(core::toString(interaction.kind).replace(QLatin1Char('_'), QLatin1Char(' ')))),
      m_interaction(std::move(interaction)), m_followUp(std::move(followUp))
{
}

core::Status LogInteractionCommand::apply()
{
    core::Database& db = session().database();
    core::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    m_interaction.id = 0;
    if (core::Status s = core::InteractionRepository(db).insert(m_interaction); !s)
        return s;
    if (m_followUp) {
        m_followUp->id = 0;
        m_followUp->customerId = m_interaction.customerId;
        m_followUp->sourceInteractionId = m_interaction.id;
        if (core::Status s = core::FollowUpTaskRepository(db).insert(*m_followUp); !s)
            return s;
    }
    return tx.commit();
}

core::Status LogInteractionCommand::revert()
{
    core::Database& db = session().database();
    core::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (m_followUp)
        if (core::Status s = core::FollowUpTaskRepository(db).remove(m_followUp->id); !s)
            return s;
    if (core::Status s = core::InteractionRepository(db).remove(m_interaction.id); !s)
        return s;
    return tx.commit();
}

} // namespace rapport::app
