#include "reflection/SetPlanItemDoneCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

SetPlanItemDoneCommand::SetPlanItemDoneCommand(DatabaseSession& session, core::ActionPlanItem item, bool done)
    : WriteCommand(session,
                   done
                       ? QCoreApplication::translate("SetPlanItemDoneCommand", "Tick “%1”").arg(item.text)
                       : QCoreApplication::translate("SetPlanItemDoneCommand", "Untick “%1”").arg(item.text)),
      m_item(std::move(item)), m_done(done)
{
}

core::Status SetPlanItemDoneCommand::write(const QDateTime& doneAt)
{
    const QString kind = QStringLiteral("plan_item");
    return keepVersion(core::ActionPlanService(session().database())
                           .setItemDone(m_item.id, expectedVersion(kind, m_item.id, m_item.version), doneAt),
                       kind, m_item.id);
}

core::Status SetPlanItemDoneCommand::apply()
{
    return write(m_done ? session().clock().nowUtc() : QDateTime());
}

core::Status SetPlanItemDoneCommand::revert()
{
    return write(m_item.doneAt);
}

} // namespace rapport::app
