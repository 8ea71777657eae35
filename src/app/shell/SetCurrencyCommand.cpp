#include "shell/SetCurrencyCommand.h"

#include "services/BookSettingsService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

SetCurrencyCommand::SetCurrencyCommand(DatabaseSession& session, QString before, QString after)
    : WriteCommand(session,
                   QCoreApplication::translate("SetCurrencyCommand", "Set currency to %1").arg(after)),
      m_before(std::move(before)), m_after(std::move(after))
{
}

core::Status SetCurrencyCommand::apply()
{
    return core::BookSettingsService(session().database()).changeCurrency(m_before, m_after);
}

core::Status SetCurrencyCommand::revert()
{
    return core::BookSettingsService(session().database()).changeCurrency(m_after, m_before);
}

} // namespace rapport::app
