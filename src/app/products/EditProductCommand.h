#pragma once

#include "domain/ProductChanges.h"
#include "widgets/WriteCommand.h"

#include <functional>

namespace rapport::app {

// Changes a product (its fields, or retiring and bringing it back); undo changes those fields
// back. The edit is applied to the product as stored when it runs (ProductService::change):
// what someone else saved meanwhile in other fields is kept. When someone else gave one of this
// edit's fields another value, nothing is written: `onConflict` (if given) is called with the
// conflict and the edit's own values so that the view can let the person choose.
class EditProductCommand final : public WriteCommand
{
public:
    using ConflictHandler =
        std::function<void(const core::ProductConflict& conflict, const core::Product& mine)>;

    EditProductCommand(DatabaseSession& session, core::Product before, core::Product after,
                       ConflictHandler onConflict = {});

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status change(const core::Product& from, const core::Product& to, bool firstTime);

    core::Product m_before;
    core::Product m_after;
    ConflictHandler m_onConflict;
};

} // namespace rapport::app
