#pragma once

#include "domain/FollowUpTask.h"

#include <QString>

namespace rapport::core {

// A follow-up a rep has to work through, with the customer's name for display.
struct FollowUpListRow
{
    FollowUpTask task;
    QString customerName;
    QString company;
};

} // namespace rapport::core
