#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::core {

// A reminder to get back to a customer. Done when the follow-up interaction is logged.
struct FollowUpTask
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString repId;
    QDateTime dueAt;
    QString note;
    qint64 sourceInteractionId = 0; // the interaction that asked for it, 0 if none
    QDateTime doneAt;
    qint64 doneInteractionId = 0;

    bool isDone() const { return doneAt.isValid(); }
    friend bool operator==(const FollowUpTask&, const FollowUpTask&) = default;
};

} // namespace rapport::core
