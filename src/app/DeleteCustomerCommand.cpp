#include "DeleteCustomerCommand.h"

#include "DatabaseSession.h"
#include "storage/CustomerRepository.h"

#include <QCoreApplication>

namespace rapport::app {

DeleteCustomerCommand::DeleteCustomerCommand(DatabaseSession& session, qint64 customerId, const QString& name)
    : WriteCommand(session, QCoreApplication::translate("DeleteCustomerCommand", "Delete customer %1").arg(name)),
      m_customerId(customerId)
{
}

core::Status DeleteCustomerCommand::apply()
{
    core::WriteTransaction tx(session().database());
    if (!tx.begun())
        return tx.begun();
    auto snapshot = core::CustomerSnapshotStore(session().database()).capture(m_customerId);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    if (core::Status s = core::CustomerRepository(session().database()).remove(m_customerId); !s)
        return s;
    return tx.commit();
}

core::Status DeleteCustomerCommand::revert()
{
    return core::CustomerSnapshotStore(session().database()).restore(m_snapshot);
}

} // namespace rapport::app
