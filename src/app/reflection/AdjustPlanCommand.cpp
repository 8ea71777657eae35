#include "reflection/AdjustPlanCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

AdjustPlanCommand::AdjustPlanCommand(DatabaseSession& session, core::ActionPlan before,
                                     core::ActionPlan after, QString reason, const QString& text,
                                     ConflictHandler onConflict)
    : WriteCommand(session, text), m_before(std::move(before)), m_after(std::move(after)),
      m_reason(std::move(reason)), m_onConflict(std::move(onConflict))
{
}

core::Status AdjustPlanCommand::settle(const core::Result<core::PlanSave>& saved, const core::ActionPlan& to,
                                       bool firstTime)
{
    if (!saved)
        return saved.error();
    if (saved->saved) // the version this window left, for the record's other commands
        return keepVersion(saved->saved->version, QStringLiteral("plan"), to.id);
    core::Error e = core::Error::make(
        QCoreApplication::translate("AdjustPlanCommand",
                                    "Someone else changed the action plan %1 since; nothing was written.")
            .arg(to.title));
    e.kind = core::ErrorKind::Conflict;
    if (firstTime && m_onConflict && saved->conflict) {
        m_onConflict(saved->conflict.value(), to);
        setFailureShown();
    }
    return e;
}

core::Status AdjustPlanCommand::apply()
{
    auto saved = core::ActionPlanService(session().database())
                     .change(m_before, m_after, m_reason, session().clock().nowUtc());
    if (saved && saved->saved)
        m_written = saved->revisions;
    return settle(saved, m_after, !hasApplied());
}

core::Status AdjustPlanCommand::revert()
{
    auto saved = core::ActionPlanService(session().database()).changeBack(m_after, m_before, m_written);
    if (saved && saved->saved)
        m_written.clear();
    return settle(saved, m_before, false);
}

} // namespace rapport::app
