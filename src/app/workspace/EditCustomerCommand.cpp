#include "workspace/EditCustomerCommand.h"

#include "services/CustomerService.h"
#include "shell/DatabaseSession.h"

namespace rapport::app {

EditCustomerCommand::EditCustomerCommand(DatabaseSession& session, core::Customer before,
                                         core::Customer after, const QString& text)
    : WriteCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

core::Status EditCustomerCommand::apply()
{
    return core::CustomerService(session().database()).update(m_after);
}

core::Status EditCustomerCommand::revert()
{
    return core::CustomerService(session().database()).update(m_before);
}

} // namespace rapport::app
