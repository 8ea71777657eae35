#pragma once

#include "domain/FollowUpChanges.h"
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Marks a follow-up done by logging the follow_up interaction that answers it, on the task as
// stored when it runs (FollowUpService::completeChange): a due time or note someone else saved
// meanwhile is kept. Someone else's completion of it is a plain refusal: Done is one field, and
// saving "mine" over it would log a second answer to one follow-up.
class CompleteFollowUpCommand final : public WriteCommand
{
public:
    CompleteFollowUpCommand(DatabaseSession& session, core::FollowUpTask task, const QString& customerName);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status settle(const core::Result<core::FollowUpSave>& saved);

    core::FollowUpTask m_task;
    core::Interaction m_interaction;
};

} // namespace rapport::app
