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

core::Status SetPlanItemDoneCommand::apply()
{
    return core::ActionPlanService(session().database())
        .setItemDone(m_item.id, m_done ? session().clock().nowUtc() : QDateTime());
}

core::Status SetPlanItemDoneCommand::revert()
{
    return core::ActionPlanService(session().database()).setItemDone(m_item.id, m_item.doneAt);
}

} // namespace rapport::app
