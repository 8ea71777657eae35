#pragma once

#include "domain/ActionPlan.h"
#include "widgets/WriteCommand.h"

#include <vector>

namespace rapport::app {

// Changes a plan through ActionPlanRepository::update, which records one revision per
// changed field with the reason; undo puts the plan back and drops those revisions.
// Status changes (done, abandoned, reopened) are adjustments too, so they have a history.
class AdjustPlanCommand final : public WriteCommand
{
public:
    AdjustPlanCommand(DatabaseSession& session, core::ActionPlan changed, QString reason,
                      const QString& text);
    const std::vector<core::ActionPlanRevision>& written() const { return m_written; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::ActionPlan m_changed;
    QString m_reason;
    core::ActionPlan m_previous;
    std::vector<core::ActionPlanRevision> m_written;
    qint64 m_readVersion; // the plan's version when the user changed it
};

} // namespace rapport::app
