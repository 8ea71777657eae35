#include "domain/FollowUpChanges.h"

namespace rapport::core {

bool sameField(const FollowUpTask& a, const FollowUpTask& b, FollowUpField field)
{
    switch (field) {
    case FollowUpField::Rep:
        return a.repId == b.repId;
    case FollowUpField::Due:
        return a.dueAt == b.dueAt;
    case FollowUpField::Note:
        return a.note == b.note;
    case FollowUpField::Done:
        break;
    }
    // Which interaction did it says which completion it is (its time may be stored rounded).
    return a.isDone() == b.isDone() && a.doneInteractionId == b.doneInteractionId;
}

std::vector<FollowUpField> changedFields(const FollowUpTask& a, const FollowUpTask& b)
{
    std::vector<FollowUpField> changed;
    for (FollowUpField f :
         {FollowUpField::Rep, FollowUpField::Due, FollowUpField::Note, FollowUpField::Done}) {
        if (!sameField(a, b, f))
            changed.push_back(f);
    }
    return changed;
}

void copyField(FollowUpField field, const FollowUpTask& from, FollowUpTask& to)
{
    switch (field) {
    case FollowUpField::Rep:
        to.repId = from.repId;
        return;
    case FollowUpField::Due:
        to.dueAt = from.dueAt;
        return;
    case FollowUpField::Note:
        to.note = from.note;
        return;
    case FollowUpField::Done:
        to.doneAt = from.doneAt;
        to.doneInteractionId = from.doneInteractionId;
        return;
    }
}

} // namespace rapport::core
