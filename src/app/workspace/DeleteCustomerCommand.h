#pragma once

#include "domain/CustomerSnapshot.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Deletes a customer with its interactions, survey responses and follow-ups; undo puts
// all of it back with the same ids.
class DeleteCustomerCommand final : public WriteCommand
{
public:
    DeleteCustomerCommand(DatabaseSession& session, qint64 customerId, const QString& name);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    qint64 m_customerId;
    core::CustomerSnapshot m_snapshot;
};

} // namespace rapport::app
