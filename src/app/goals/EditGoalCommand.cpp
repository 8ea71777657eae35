#include "goals/EditGoalCommand.h"

#include "services/GoalService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

EditGoalCommand::EditGoalCommand(DatabaseSession& session, core::KpiGoal before, core::KpiGoal after,
                                 ConflictHandler onConflict)
    : WriteCommand(session, QCoreApplication::translate("EditGoalCommand", "Edit goal %1").arg(after.name)),
      m_before(std::move(before)), m_after(std::move(after)), m_onConflict(std::move(onConflict))
{
}

core::Status EditGoalCommand::change(const core::KpiGoal& from, const core::KpiGoal& to, bool firstTime)
{
    auto saved = core::GoalService(session().database()).change(from, to);
    if (!saved)
        return saved.error();
    if (saved->saved) // the version this window left, for the record's other commands
        return keepVersion(saved->saved->version, QStringLiteral("goal"), to.id);
    core::Error e = core::Error::make(
        QCoreApplication::translate("EditGoalCommand",
                                    "Someone else changed the goal %1 since; nothing was written.")
            .arg(to.name));
    e.kind = core::ErrorKind::Conflict;
    if (firstTime && m_onConflict && saved->conflict) {
        m_onConflict(*saved->conflict, to);
        setFailureShown();
    }
    return e;
}

core::Status EditGoalCommand::apply()
{
    return change(m_before, m_after, !hasApplied());
}

core::Status EditGoalCommand::revert()
{
    return change(m_after, m_before, false);
}

} // namespace rapport::app
