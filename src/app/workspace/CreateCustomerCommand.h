#pragma once

#include "domain/Customer.h"
#include "domain/CustomerSnapshot.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

class CreateCustomerCommand final : public WriteCommand
{
public:
    CreateCustomerCommand(DatabaseSession& session, core::Customer customer);
    qint64 customerId() const { return m_customer.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Customer m_customer;
    // After the first undo, redo puts the same row back (same id), so later commands still match.
    std::optional<core::CustomerSnapshot> m_snapshot;
};

} // namespace rapport::app
