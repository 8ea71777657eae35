#pragma once

#include "common/Result.h"

#include <QString>
#include <optional>
#include <type_traits>

namespace rapport::core {

// A write refused because someone else got there first (ErrorKind::Conflict).
inline Error conflictError(const QString& message)
{
    Error e = Error::make(message);
    e.kind = ErrorKind::Conflict;
    return e;
}

// Applies the edit `from` -> `to` (the record as a person read it, and as they left it) to the
// record as stored now, field by field: the fields the edit changed take `to`'s values, the
// others keep what is stored, so someone else's save of other fields is kept (`merged`). When
// someone else gave a changed field another value since, nothing is written and the answer
// holds the conflict with their record. The one algorithm of every editable record: the
// record's XChanges supply changedFields(), sameField() and copyField(), and Save is its XSave.
//
// `find()` reads the stored record (empty: removed since); `check(target)` may tidy or refuse the
// merged record (its error is the answer, whatever its kind); `write(target, answer)` stores it
// conditionally on the version just read. A save racing with this one between the read and the
// write (a Conflict from `write`) is retried a few times. `removed` and `busy` are the record's
// own messages for a record gone and one that keeps changing.
template <typename Save, typename Record, typename Find, typename Check, typename Write>
Result<Save> mergeFields(const Record& from, const Record& to, Find find, Check check, Write write,
                         const QString& removed, const QString& busy)
{
    const auto fields = changedFields(from, to);
    for (int attempt = 0; attempt < 3; ++attempt) {
        Result<std::optional<Record>> current = find();
        if (!current)
            return current.error();
        if (!*current)
            return conflictError(removed);
        const Record& stored = **current;
        Save answer;
        std::remove_const_t<decltype(fields)> clash;
        for (auto f : fields) {
            if (!sameField(stored, from, f) && !sameField(stored, to, f))
                clash.push_back(f);
        }
        if (!clash.empty()) {
            answer.conflict = typename decltype(answer.conflict)::value_type{stored, std::move(clash)};
            return answer;
        }
        Record target = stored;
        for (auto f : fields)
            copyField(f, to, target);
        if constexpr (requires { answer.merged; })
            answer.merged = !changedFields(from, stored).empty();
        if (Status s = check(target); !s)
            return s.error();
        Status written = write(target, answer);
        if (written) {
            answer.saved = std::move(target);
            return answer;
        }
        if (written.error().kind != ErrorKind::Conflict)
            return written.error();
    }
    return conflictError(busy);
}

// The same for a record with nothing to check beyond its version.
template <typename Save, typename Record, typename Find, typename Write>
Result<Save> mergeFields(const Record& from, const Record& to, Find find, Write write, const QString& removed,
                         const QString& busy)
{
    return mergeFields<Save>(
        from, to, find, [](Record&) { return Status{}; }, write, removed, busy);
}

} // namespace rapport::core
