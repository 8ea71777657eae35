#include "CreateCustomerCommand.h"

#include "DatabaseSession.h"
#include "storage/CustomerRepository.h"

#include <QCoreApplication>

namespace rapport::app {

CreateCustomerCommand::CreateCustomerCommand(DatabaseSession& session, core::Customer customer)
    : WriteCommand(session, QCoreApplication::translate("CreateCustomerCommand", "Add customer %1").arg(customer.name)),
      m_customer(std::move(customer))
{
}

core::Status CreateCustomerCommand::apply()
{
    if (m_snapshot)
        return core::CustomerSnapshotStore(session().database()).restore(*m_snapshot);
    return core::CustomerRepository(session().database()).insert(m_customer);
}

core::Status CreateCustomerCommand::revert()
{
    auto snapshot = core::CustomerSnapshotStore(session().database()).capture(m_customer.id);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return core::CustomerRepository(session().database()).remove(m_customer.id);
}

} // namespace rapport::app
