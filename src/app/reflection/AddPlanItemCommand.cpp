#include "reflection/AddPlanItemCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

AddPlanItemCommand::AddPlanItemCommand(DatabaseSession& session, core::ActionPlanItem item)
    : WriteCommand(session,
                   QCoreApplication::translate("AddPlanItemCommand", "Add the step “%1”").arg(item.text)),
      m_item(std::move(item))
{
}

core::Status AddPlanItemCommand::apply()
{
    // The first apply picks the position after the last step; a redo reuses it.
    m_item.id = 0;
    return core::ActionPlanService(session().database()).addItem(m_item);
}

core::Status AddPlanItemCommand::revert()
{
    return core::ActionPlanService(session().database()).removeItem(m_item.id);
}

} // namespace rapport::app
