#pragma once

#include "domain/ActionPlan.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Adds a step to an action plan (after the last one); undo removes it.
class AddPlanItemCommand final : public WriteCommand
{
public:
    AddPlanItemCommand(DatabaseSession& session, core::ActionPlanItem item);
    qint64 itemId() const { return m_item.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::ActionPlanItem m_item;
};

} // namespace rapport::app
