#include "workspace/CreateCustomerCommand.h"

#include "services/CustomerService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

CreateCustomerCommand::CreateCustomerCommand(DatabaseSession& session, core::Customer customer)
    : WriteCommand(
          session,
          QCoreApplication::translate("CreateCustomerCommand", "Add customer %1").arg(customer.name)),
      m_customer(std::move(customer))
{
}

core::Status CreateCustomerCommand::apply()
{
    core::CustomerService customers(session().database());
    if (m_snapshot)
        return customers.restore(*m_snapshot);
    return customers.insert(m_customer);
}

core::Status CreateCustomerCommand::revert()
{
    auto snapshot = core::CustomerService(session().database()).removeCapturing(m_customer.id);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return {};
}

} // namespace rapport::app
