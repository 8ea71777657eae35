#pragma once

#include "widgets/WriteCommand.h"

namespace rapport::app {

// Puts a new churn reason on the team's list, or takes one nobody gave off it; undo does the
// opposite.
class ListChurnReasonCommand final : public WriteCommand
{
public:
    enum class Change { Add, Remove };

    // Add: `reason` as typed; Remove: a key.
    ListChurnReasonCommand(DatabaseSession& session, Change change, const QString& reason);

    // The key added or removed.
    const QString& key() const { return m_key; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status put(bool onList);

    Change m_change;
    QString m_key;
};

} // namespace rapport::app
