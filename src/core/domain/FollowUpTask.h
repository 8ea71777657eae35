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
    qint64 version = 0; // raised by every write; a write names the version it is based on

    bool isDone() const { return doneAt.isValid(); }
    friend bool operator==(const FollowUpTask&, const FollowUpTask&) = default;
};

// A follow-up task as a write that changes it names it: its id and the version the write
// expects; the write raises `version` when it succeeds.
struct FollowUpRef
{
    qint64 id = 0;
    qint64 version = 0;
};

} // namespace rapport::core
