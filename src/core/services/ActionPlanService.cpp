#include "services/ActionPlanService.h"

#include "services/FieldMerge.h"
#include "storage/ActionPlanRepository.h"

#include <QCoreApplication>

namespace rapport::core {

Status ActionPlanService::insert(ActionPlan& plan)
{
    return ActionPlanRepository(m_db).insert(plan);
}

Result<std::vector<ActionPlanRevision>> ActionPlanService::update(ActionPlan& plan, const QString& reason,
                                                                  const QDateTime& at)
{
    return ActionPlanRepository(m_db).update(plan, reason, at);
}

Status ActionPlanService::restore(ActionPlan& previous, const std::vector<ActionPlanRevision>& written)
{
    return ActionPlanRepository(m_db).restore(previous, written);
}

Result<PlanSave> ActionPlanService::merge(const ActionPlan& from, const ActionPlan& to,
                                          const std::function<Status(ActionPlan&, PlanSave&)>& write)
{
    ActionPlanRepository plans(m_db);
    return mergeFields<PlanSave>(
        from, to, [&] { return plans.find(to.id); }, write,
        QCoreApplication::translate("ActionPlanService",
                                    "Someone else removed the action plan %1; nothing was written")
            .arg(to.title),
        QCoreApplication::translate("ActionPlanService", "The action plan %1 keeps changing under this save; "
                                                         "nothing was written. Try again in a moment")
            .arg(to.title));
}

Result<PlanSave> ActionPlanService::change(const ActionPlan& from, const ActionPlan& to,
                                           const QString& reason, const QDateTime& at)
{
    return merge(from, to, [&](ActionPlan& target, PlanSave& answer) -> Status {
        auto revisions = ActionPlanRepository(m_db).update(target, reason, at);
        if (!revisions)
            return revisions.error();
        answer.revisions = std::move(*revisions);
        return {};
    });
}

Result<PlanSave> ActionPlanService::changeBack(const ActionPlan& from, const ActionPlan& to,
                                               const std::vector<ActionPlanRevision>& written)
{
    return merge(from, to, [&](ActionPlan& target, PlanSave&) -> Status {
        return ActionPlanRepository(m_db).restore(target, written);
    });
}

Result<std::optional<ActionPlan>> ActionPlanService::find(qint64 id) const
{
    return ActionPlanRepository(m_db).find(id);
}

Result<std::vector<ActionPlan>> ActionPlanService::list(const QString& ownerRep) const
{
    return ActionPlanRepository(m_db).list(ownerRep);
}

Status ActionPlanService::remove(qint64 id)
{
    return ActionPlanRepository(m_db).remove(id);
}

Status ActionPlanService::addItem(ActionPlanItem& item)
{
    return ActionPlanRepository(m_db).addItem(item);
}

Result<std::vector<ActionPlanItem>> ActionPlanService::items(qint64 planId) const
{
    return ActionPlanRepository(m_db).items(planId);
}

Result<qint64> ActionPlanService::setItemDone(qint64 itemId, qint64 version, const QDateTime& doneAt)
{
    return ActionPlanRepository(m_db).setItemDone(itemId, version, doneAt);
}

Status ActionPlanService::removeItem(qint64 itemId)
{
    return ActionPlanRepository(m_db).removeItem(itemId);
}

Status ActionPlanService::addCheckIn(ActionPlanCheckIn& checkIn)
{
    return ActionPlanRepository(m_db).addCheckIn(checkIn);
}

Result<std::vector<ActionPlanCheckIn>> ActionPlanService::checkIns(qint64 planId) const
{
    return ActionPlanRepository(m_db).checkIns(planId);
}

Status ActionPlanService::removeCheckIn(qint64 checkInId)
{
    return ActionPlanRepository(m_db).removeCheckIn(checkInId);
}

Result<std::vector<ActionPlanRevision>> ActionPlanService::revisions(qint64 planId) const
{
    return ActionPlanRepository(m_db).revisions(planId);
}

} // namespace rapport::core
