#include "churnreasons/ListChurnReasonCommand.h"

#include "interchange/ValueParsers.h"
#include "services/ChurnReasonService.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString commandText(ListChurnReasonCommand::Change change, const QString& key)
{
    const QString reason = DisplayText::churnReason(key);
    return change == ListChurnReasonCommand::Change::Add
               ? QCoreApplication::translate("ListChurnReasonCommand", "Add churn reason %1").arg(reason)
               : QCoreApplication::translate("ListChurnReasonCommand", "Remove churn reason %1").arg(reason);
}

} // namespace

ListChurnReasonCommand::ListChurnReasonCommand(DatabaseSession& session, Change change, const QString& reason)
    : WriteCommand(session, commandText(change, core::ValueParsers::reasonKey(reason))), m_change(change),
      m_key(change == Change::Add ? reason : core::ValueParsers::reasonKey(reason))
{
}

core::Status ListChurnReasonCommand::put(bool onList)
{
    core::ChurnReasonService reasons(session().database());
    if (!onList)
        return reasons.remove(m_key);
    auto added = reasons.add(m_key);
    if (!added)
        return added.error();
    m_key = *added;
    return {};
}

core::Status ListChurnReasonCommand::apply()
{
    return put(m_change == Change::Add);
}

core::Status ListChurnReasonCommand::revert()
{
    return put(m_change != Change::Add);
}

} // namespace rapport::app
