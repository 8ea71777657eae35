#include "workspace/ResolveComplaintCommand.h"

#include "services/InteractionService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

ResolveComplaintCommand::ResolveComplaintCommand(DatabaseSession& session, qint64 interactionId,
                                                 qint64 version, QDateTime resolvedAt)
    : WriteCommand(session, QCoreApplication::translate("ResolveComplaintCommand", "Resolve complaint")),
      m_interactionId(interactionId), m_readVersion(version), m_resolvedAt(std::move(resolvedAt))
{
}

core::Status ResolveComplaintCommand::write(const QDateTime& resolvedAt)
{
    const QString kind = QStringLiteral("interaction");
    return keepVersion(
        core::InteractionService(session().database())
            .setResolved(m_interactionId, expectedVersion(kind, m_interactionId, m_readVersion), resolvedAt),
        kind, m_interactionId);
}

core::Status ResolveComplaintCommand::apply()
{
    return write(m_resolvedAt);
}

core::Status ResolveComplaintCommand::revert()
{
    return write(QDateTime());
}

} // namespace rapport::app
