#include "workspace/ResolveComplaintCommand.h"

#include "services/InteractionService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

ResolveComplaintCommand::ResolveComplaintCommand(DatabaseSession& session, qint64 interactionId,
                                                 QDateTime resolvedAt)
    : WriteCommand(session, QCoreApplication::translate("ResolveComplaintCommand", "Resolve complaint")),
      m_interactionId(interactionId), m_resolvedAt(std::move(resolvedAt))
{
}

core::Status ResolveComplaintCommand::apply()
{
    return core::InteractionService(session().database()).setResolved(m_interactionId, m_resolvedAt);
}

core::Status ResolveComplaintCommand::revert()
{
    return core::InteractionService(session().database()).setResolved(m_interactionId, QDateTime());
}

} // namespace rapport::app
