#include "reflection/CreatePlanCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

CreatePlanCommand::CreatePlanCommand(DatabaseSession& session, core::ActionPlan plan)
    : WriteCommand(session,
                   QCoreApplication::translate("CreatePlanCommand", "New plan “%1”").arg(plan.title)),
      m_plan(std::move(plan))
{
}

core::Status CreatePlanCommand::apply()
{
    m_plan.id = 0; // a redo inserts it afresh
    return core::ActionPlanService(session().database()).insert(m_plan);
}

core::Status CreatePlanCommand::revert()
{
    return core::ActionPlanService(session().database()).remove(m_plan.id);
}

} // namespace rapport::app
