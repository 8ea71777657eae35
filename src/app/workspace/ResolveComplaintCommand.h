#pragma once

#include "widgets/WriteCommand.h"

#include <QDateTime>

namespace rapport::app {

// Sets (or, undone, clears) the time a complaint was resolved, each time only if the complaint
// has the version expected (WriteCommand::expectedVersion): never over someone else's change.
class ResolveComplaintCommand final : public WriteCommand
{
public:
    ResolveComplaintCommand(DatabaseSession& session, qint64 interactionId, qint64 version,
                            QDateTime resolvedAt);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status write(const QDateTime& resolvedAt);

    qint64 m_interactionId;
    qint64 m_readVersion;
    QDateTime m_resolvedAt;
};

} // namespace rapport::app
