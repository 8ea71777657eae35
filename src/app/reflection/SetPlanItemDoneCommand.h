#pragma once

#include "domain/ActionPlan.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Ticks (done now) or unticks a step of an action plan; undo restores its previous state.
class SetPlanItemDoneCommand final : public WriteCommand
{
public:
    SetPlanItemDoneCommand(DatabaseSession& session, core::ActionPlanItem item, bool done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::ActionPlanItem m_item; // as it was before
    bool m_done;

    core::Status write(const QDateTime& doneAt);
};

} // namespace rapport::app
