#pragma once

#include "domain/FollowUpTask.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The fields of a follow-up task a person changes, for comparing two versions field by field
// (as ProductChanges does for products). Done is when and by which interaction it was done.
enum class FollowUpField { Rep, Due, Note, Done };

// The fields in which `a` and `b` differ, in the order above.
std::vector<FollowUpField> changedFields(const FollowUpTask& a, const FollowUpTask& b);
bool sameField(const FollowUpTask& a, const FollowUpTask& b, FollowUpField field);
void copyField(FollowUpField field, const FollowUpTask& from, FollowUpTask& to);

// A save that lost the race: someone else stored `theirs`, which gives other values to
// `fields`, fields the save changes too.
struct FollowUpConflict
{
    FollowUpTask theirs;
    std::vector<FollowUpField> fields;
};

// How a save went: written (`saved`, with its new version; `merged` when someone else's
// changes to other fields were kept), or refused with a conflict.
struct FollowUpSave
{
    std::optional<FollowUpTask> saved;
    bool merged = false;
    std::optional<FollowUpConflict> conflict;
};

} // namespace rapport::core
