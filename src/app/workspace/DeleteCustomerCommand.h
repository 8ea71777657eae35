#pragma once

#include "domain/CustomerSnapshot.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Deletes a customer with its interactions, survey responses and follow-ups; undo puts
// all of it back with the same ids. Only the customer as the person saw them (`version`): one
// someone else changed since is a conflict, and stays. Undo restores that version, so redo
// expects it again.
class DeleteCustomerCommand final : public WriteCommand
{
public:
    DeleteCustomerCommand(DatabaseSession& session, qint64 customerId, qint64 version, const QString& name);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    qint64 m_customerId;
    qint64 m_version;
    core::CustomerSnapshot m_snapshot;
};

} // namespace rapport::app
