#pragma once

#include "widgets/WriteCommand.h"

#include <QDateTime>

namespace rapport::app {

class SnoozeFollowUpCommand final : public WriteCommand
{
public:
    SnoozeFollowUpCommand(DatabaseSession& session, qint64 taskId, QDateTime oldDue, QDateTime newDue,
                          const QString& customerName);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    qint64 m_taskId;
    QDateTime m_oldDue;
    QDateTime m_newDue;
};

} // namespace rapport::app
