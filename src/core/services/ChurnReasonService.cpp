#include "services/ChurnReasonService.h"

#include "interchange/ValueParsers.h"
#include "storage/ChurnReasonStore.h"
#include "storage/Database.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::core::ChurnReasonService", text);
}

Error conflict(const QString& message)
{
    Error e = Error::make(message);
    e.kind = ErrorKind::Conflict;
    return e;
}

Status asStatus(const Result<bool>& done)
{
    if (!done)
        return done.error();
    return {};
}

} // namespace

template <typename T, typename Steps> Result<T> ChurnReasonService::changeList(Steps steps)
{
    if (Status s = mayChangeList(); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    ChurnReasonStore store(m_db);
    Result<T> done = steps(store);
    if (!done)
        return done; // rolled back
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<bool> ChurnReasonService::canChange() const
{
    return TeamStore(m_db).seesWholeBook();
}

Status ChurnReasonService::mayChangeList() const
{
    auto sees = TeamStore(m_db).seesWholeBook();
    if (!sees)
        return sees.error();
    if (!*sees)
        return Error::make(tr("Only a manager or an administrator can change the team's churn reasons: "
                              "your login reaches only your own customers."));
    return {};
}

Result<std::vector<ChurnReason>> ChurnReasonService::list() const
{
    return ChurnReasonStore(m_db).list();
}

Result<QStringList> ChurnReasonService::choices() const
{
    auto reasons = list();
    if (!reasons)
        return reasons.error();
    QStringList keys;
    for (const ChurnReason& r : *reasons)
        keys << r.key;
    return keys;
}

Result<QString> ChurnReasonService::add(const QString& text)
{
    const QString key = ValueParsers::reasonKey(text);
    if (key.isEmpty())
        return Error::make(tr("A churn reason needs a name."));
    return changeList<QString>([&key](ChurnReasonStore& store) -> Result<QString> {
        auto existing = store.find(key);
        if (!existing)
            return existing.error();
        if (*existing)
            return conflict(tr("The reason \"%1\" is already there.").arg(key));
        if (Status s = store.addToList(key); !s)
            return s.error();
        return key;
    });
}

Status ChurnReasonService::remove(const QString& key)
{
    return asStatus(changeList<bool>([&key](ChurnReasonStore& store) -> Result<bool> {
        auto existing = store.find(key);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->customers > 0)
            return conflict(
                QCoreApplication::translate("rapport::core::ChurnReasonService",
                                            "%n customer(s) left for \"%1\": merge it into another "
                                            "reason instead, so that they keep one.",
                                            nullptr, int((*existing)->customers))
                    .arg(key));
        if (Status s = store.removeFromList(key); !s)
            return s.error();
        return true;
    }));
}

Result<ChurnReasonRename> ChurnReasonService::rename(const QString& from, const QString& text)
{
    ChurnReasonRename rename;
    rename.from = from;
    rename.to = ValueParsers::reasonKey(text);
    if (rename.to.isEmpty())
        return Error::make(tr("A churn reason needs a name."));
    if (rename.to == from)
        return conflict(tr("The reason is called \"%1\" already.").arg(from));
    return changeList<ChurnReasonRename>([&rename](ChurnReasonStore& store) -> Result<ChurnReasonRename> {
        auto source = store.find(rename.from);
        if (!source)
            return source.error();
        if (!*source)
            return conflict(tr("The reason \"%1\" is no longer there: someone else renamed or removed it.")
                                .arg(rename.from));
        auto target = store.find(rename.to);
        if (!target)
            return target.error();
        rename.fromListed = (*source)->listed;
        rename.toListed = *target && (*target)->listed;
        rename.merged = target->has_value();
        auto moved = store.customersWith(rename.from);
        if (!moved)
            return moved.error();
        rename.customerIds = std::move(*moved);
        auto movedPast = store.pastChurnsWith(rename.from);
        if (!movedPast)
            return movedPast.error();
        rename.pastChurnIds = std::move(*movedPast);
        if (Status s = store.moveCustomers(rename.from, rename.to); !s)
            return s.error();
        if (Status s = store.movePastChurns(rename.from, rename.to); !s)
            return s.error();
        if (Status s = store.removeFromList(rename.from); !s)
            return s.error();
        if (Status s = store.addToList(rename.to); !s)
            return s.error();
        return rename;
    });
}

Status ChurnReasonService::undoRename(const ChurnReasonRename& rename)
{
    return asStatus(changeList<bool>([&rename](ChurnReasonStore& store) -> Result<bool> {
        // Only the customers the rename moved and who still have its reason: one someone gave
        // another reason since keeps it.
        if (Status s = store.moveCustomers(rename.to, rename.from, rename.customerIds); !s)
            return s.error();
        if (Status s = store.movePastChurns(rename.to, rename.from, rename.pastChurnIds); !s)
            return s.error();
        if (rename.fromListed)
            if (Status s = store.addToList(rename.from); !s)
                return s.error();
        if (!rename.toListed)
            if (Status s = store.removeFromList(rename.to); !s)
                return s.error();
        return true;
    }));
}

} // namespace rapport::core
