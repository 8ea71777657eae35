#include "churnreasons/RenameChurnReasonCommand.h"

#include "interchange/ValueParsers.h"
#include "services/ChurnReasonService.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString commandText(const QString& from, const QString& text, bool merges)
{
    const QString to = DisplayText::churnReason(core::ValueParsers::reasonKey(text));
    return merges ? QCoreApplication::translate("RenameChurnReasonCommand", "Merge churn reason %1 into %2")
                        .arg(DisplayText::churnReason(from), to)
                  : QCoreApplication::translate("RenameChurnReasonCommand", "Rename churn reason %1 to %2")
                        .arg(DisplayText::churnReason(from), to);
}

} // namespace

RenameChurnReasonCommand::RenameChurnReasonCommand(DatabaseSession& session, const QString& from,
                                                   const QString& text, bool merges)
    : WriteCommand(session, commandText(from, text, merges)), m_text(text)
{
    m_rename.from = from;
}

core::Status RenameChurnReasonCommand::apply()
{
    // Redo names the key the first rename arrived at.
    auto renamed = core::ChurnReasonService(session().database())
                       .rename(m_rename.from, hasApplied() ? m_rename.to : m_text);
    if (!renamed)
        return renamed.error();
    m_rename = std::move(*renamed);
    return {};
}

core::Status RenameChurnReasonCommand::revert()
{
    return core::ChurnReasonService(session().database()).undoRename(m_rename);
}

} // namespace rapport::app
