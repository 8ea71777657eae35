#pragma once

#include "domain/Customer.h"
#include "domain/CustomerChanges.h"
#include "widgets/WriteCommand.h"

#include <functional>
#include <optional>

namespace rapport::app {

// Replaces a customer's fields; also used to mark a customer churned (or active again: an edit
// that only takes a churned customer's churn date away is written as their return, see
// CustomerService::returnTime).
// The edit is applied to the customer as stored when it runs (CustomerService::change): what
// someone else saved meanwhile in other fields is kept, and undo reverts only this edit's
// fields, on the version it finds. When someone else gave one of this edit's fields another
// value, nothing is written: `onConflict` (if given) is called with the conflict and the
// edit's own values, so that the view can let the person choose; it is then not reported as
// a failure.
class EditCustomerCommand final : public WriteCommand
{
public:
    using ConflictHandler =
        std::function<void(const core::CustomerConflict& conflict, const core::Customer& mine)>;

    EditCustomerCommand(DatabaseSession& session, core::Customer before, core::Customer after,
                        const QString& text, ConflictHandler onConflict = {});

    // A note to log with the edit, in the same transaction (Mark Churned's "why"); undo takes
    // it back.
    void setNote(core::Interaction note) { m_note = std::move(note); }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status change(const core::Customer& from, const core::Customer& to, bool firstTime, bool forward);

    core::Customer m_before;
    core::Customer m_after;
    ConflictHandler m_onConflict;
    std::optional<core::Interaction> m_note;
};

} // namespace rapport::app
