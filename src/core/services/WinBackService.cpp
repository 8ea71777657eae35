#include "services/WinBackService.h"

#include "services/InteractionService.h"
#include "storage/WinBackQueueStore.h"

#include <QCoreApplication>
#include <optional>

namespace rapport::core {

Result<std::vector<WinBackEntry>> WinBackService::queue(const QDateTime& now, const Scope& scope, int limit,
                                                        qint64 offset) const
{
    const QDateTime at = now.toUTC();
    return WinBackQueueStore(m_db).rows(at.addMonths(-12).toSecsSinceEpoch(), at.toSecsSinceEpoch(), scope,
                                        limit, offset);
}

Result<Interaction> WinBackService::outreach(qint64 customerId, const QString& repId, InteractionKind kind,
                                             WinBackOutcome outcome, const QDateTime& at,
                                             const QString& notes)
{
    if (kind != InteractionKind::Call && kind != InteractionKind::Email && kind != InteractionKind::Meeting)
        return Error::make(QCoreApplication::translate(
            "rapport::core::WinBackService", "A win-back outreach is a call, an e-mail or a meeting."));
    if (!at.isValid())
        return Error::make(
            QCoreApplication::translate("rapport::core::WinBackService", "The outreach has no date."));
    Interaction i;
    i.customerId = customerId;
    i.repId = repId;
    i.kind = kind;
    i.occurredAt = at.toUTC();
    i.category = outcomeCategory(outcome);
    i.notes = notes;
    return i;
}

Status WinBackService::logOutreach(Interaction& outreach)
{
    std::optional<FollowUpTask> noFollowUp;
    return InteractionService(m_db).log(outreach, noFollowUp);
}

} // namespace rapport::core
