#include "reflection/AdjustPlanCommand.h"

#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"

namespace rapport::app {

namespace {
const QString kKind = QStringLiteral("plan");
}

AdjustPlanCommand::AdjustPlanCommand(DatabaseSession& session, core::ActionPlan changed, QString reason,
                                     const QString& text)
    : WriteCommand(session, text), m_changed(std::move(changed)), m_reason(std::move(reason)),
      m_readVersion(m_changed.version)
{
}

core::Status AdjustPlanCommand::apply()
{
    core::ActionPlanService plans(session().database());
    auto stored = plans.find(m_changed.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return core::Error::make(
            QStringLiteral("There is no action plan with id %1 to adjust").arg(m_changed.id));
    m_previous = **stored;
    m_changed.version = expectedVersion(kKind, m_changed.id, m_readVersion);
    auto written = plans.update(m_changed, m_reason, session().clock().nowUtc());
    if (!written)
        return written.error();
    m_written = std::move(*written);
    return keepVersion(m_changed.version, kKind, m_changed.id);
}

core::Status AdjustPlanCommand::revert()
{
    m_previous.version = expectedVersion(kKind, m_previous.id, m_readVersion);
    if (core::Status s = core::ActionPlanService(session().database()).restore(m_previous, m_written); !s)
        return s;
    return keepVersion(m_previous.version, kKind, m_previous.id);
}

} // namespace rapport::app
