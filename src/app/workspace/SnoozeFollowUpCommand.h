#pragma once

#include "widgets/WriteCommand.h"

#include <QDateTime>

namespace rapport::app {

class SnoozeFollowUpCommand final : public WriteCommand
{
public:
    // `version`: the task's, as read with oldDue.
    SnoozeFollowUpCommand(DatabaseSession& session, qint64 taskId, qint64 version, QDateTime oldDue,
                          QDateTime newDue, const QString& customerName);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status write(const QDateTime& dueAt);

    qint64 m_taskId;
    qint64 m_readVersion;
    QDateTime m_oldDue;
    QDateTime m_newDue;
};

} // namespace rapport::app
