#include "workspace/DeleteCustomerCommand.h"

#include "services/CustomerService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

DeleteCustomerCommand::DeleteCustomerCommand(DatabaseSession& session, qint64 customerId, qint64 version,
                                             const QString& name)
    : WriteCommand(session,
                   QCoreApplication::translate("DeleteCustomerCommand", "Delete customer %1").arg(name)),
      m_customerId(customerId), m_version(version)
{
}

core::Status DeleteCustomerCommand::apply()
{
    auto snapshot = core::CustomerService(session().database()).removeCapturing(m_customerId, m_version);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return {};
}

core::Status DeleteCustomerCommand::revert()
{
    return core::CustomerService(session().database()).restore(m_snapshot);
}

} // namespace rapport::app
