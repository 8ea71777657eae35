#pragma once

#include "domain/Customer.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Replaces a customer's fields; also used to mark a customer churned (or active again).
class EditCustomerCommand final : public WriteCommand
{
public:
    EditCustomerCommand(DatabaseSession& session, core::Customer before, core::Customer after,
                        const QString& text);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Customer m_before;
    core::Customer m_after;
};

} // namespace rapport::app
