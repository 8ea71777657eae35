#pragma once

#include "widgets/WriteCommand.h"

#include <QDateTime>

namespace rapport::app {

// Sets (or, undone, clears) the time a complaint was resolved.
class ResolveComplaintCommand final : public WriteCommand
{
public:
    ResolveComplaintCommand(DatabaseSession& session, qint64 interactionId, QDateTime resolvedAt);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    qint64 m_interactionId;
    QDateTime m_resolvedAt;
};

} // namespace rapport::app
