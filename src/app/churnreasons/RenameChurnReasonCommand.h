#pragma once

#include "domain/ChurnReason.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Renames a churn reason, or merges it into another when the new name is taken: every customer
// who left for it takes the new reason, in every period. Undo moves back exactly the customers
// it moved; redo renames again (those given the old reason since are moved too).
class RenameChurnReasonCommand final : public WriteCommand
{
public:
    // `text` as typed; `merges`: whether it names a reason that exists (for the undo text).
    RenameChurnReasonCommand(DatabaseSession& session, const QString& from, const QString& text, bool merges);

    const core::ChurnReasonRename& rename() const { return m_rename; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    QString m_text;
    core::ChurnReasonRename m_rename;
};

} // namespace rapport::app
